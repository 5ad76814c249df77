package io.camelmws.component.data;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.camel.Exchange;
import org.apache.camel.spi.DataFormat;
import org.apache.camel.spi.DataFormatName;
import org.apache.camel.support.service.ServiceSupport;

import io.camelmws.component.catalog.MwsCatalog;

/**
 * The {@code mws} data format, for MWS XML that arrives from elsewhere (a file, a queue, an archive of answers):
 * {@code unmarshal} binds it to its typed model, {@code marshal} writes a model as the component's typed JSON (what
 * {@code resultFormat=JSON} hands on). The model is {@link #setUnmarshalType(Class) unmarshalType} when set; else the
 * catalog's Result model of the answer's operation ({@code ListOrdersResponse} → ListOrders → {@code ListOrdersResult}).
 * <pre>{@code
 * from("file:inbox").unmarshal().custom("mws").split(simple("${body.orders}")).to("jms:orders");
 * from("file:orders").unmarshal(new MwsDataFormat(Order.class)).bean(OrderBook.class);
 * }</pre>
 */
public class MwsDataFormat extends ServiceSupport implements DataFormat, DataFormatName {

    private Class<?> unmarshalType;

    public MwsDataFormat() {
    }

    public MwsDataFormat(Class<?> unmarshalType) {
        this.unmarshalType = unmarshalType;
    }

    @Override
    public String getDataFormatName() {
        return "mws";
    }

    public Class<?> getUnmarshalType() {
        return unmarshalType;
    }

    /** The model to bind to; without it, the model of the answer's operation, found from its root element. */
    public void setUnmarshalType(Class<?> unmarshalType) {
        this.unmarshalType = unmarshalType;
    }

    @Override
    public void marshal(Exchange exchange, Object graph, OutputStream stream) throws Exception {
        stream.write(AnswerBinder.json(graph).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Object unmarshal(Exchange exchange, InputStream stream) throws Exception {
        if (unmarshalType != null) {
            return AnswerBinder.read(stream, unmarshalType);
        }
        // An answer is one page: small enough to read twice, once for its root and once to bind it.
        byte[] xml = stream.readAllBytes();
        String root = AnswerBinder.rootElement(new ByteArrayInputStream(xml));
        String action = root.endsWith("Response") ? root.substring(0, root.length() - "Response".length()) : root;
        Class<?> type = MwsModels.forAction(MwsCatalog.standard(), action).orElseThrow(() -> new IllegalArgumentException(
                "The mws data format has no model for a document whose root is <" + root + ">; set unmarshalType to the model class"
                + " (e.g. io.camelmws.component.model.orders.Order for one order)"));
        return AnswerBinder.read(new ByteArrayInputStream(xml), type);
    }
}
