package io.camelmws.component.data;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.apache.camel.Exchange;
import org.apache.camel.TypeConversionException;
import org.apache.camel.TypeConverterLoaderException;
import org.apache.camel.spi.TypeConverterLoader;
import org.apache.camel.spi.TypeConverterRegistry;
import org.apache.camel.support.TypeConverterSupport;

import io.camelmws.component.catalog.MwsCatalog;

/**
 * Camel type converters from MWS XML (a String, bytes or a stream) to every typed model, so
 * {@code convertBodyTo(ListOrdersResult.class)}, {@code convertBodyTo(Order.class)} and bean parameter binding work on
 * MWS XML wherever it came from. Found by Camel through {@code META-INF/services/org/apache/camel/TypeConverterLoader};
 * which models exist is the catalog's (see {@link MwsModels}), so a model added there converts without a line here.
 */
public final class MwsTypeConverters implements TypeConverterLoader {

    @Override
    public void load(TypeConverterRegistry registry) throws TypeConverterLoaderException {
        for (Class<?> model : MwsModels.all(MwsCatalog.standard())) {
            FromXml converter = new FromXml();
            registry.addTypeConverter(model, String.class, converter);
            registry.addTypeConverter(model, byte[].class, converter);
            registry.addTypeConverter(model, InputStream.class, converter);
        }
    }

    /** One converter for every model: the target type says which. */
    private static final class FromXml extends TypeConverterSupport {
        @Override
        public <T> T convertTo(Class<T> type, Exchange exchange, Object value) throws TypeConversionException {
            try {
                if (value instanceof String text) {
                    return AnswerBinder.read(text, type);
                }
                if (value instanceof byte[] bytes) {
                    // Bytes are a document: its prolog says its encoding (UTF-8 when it says none).
                    return AnswerBinder.read(new ByteArrayInputStream(bytes), type);
                }
                if (value instanceof InputStream stream) {
                    return AnswerBinder.read(stream, type);
                }
                return null;
            } catch (AnswerBinder.BindingException e) {
                throw new TypeConversionException(value, type, e);
            }
        }
    }
}
