package io.camelmws.sandbox.inbound;

import io.camelmws.sandbox.response.XmlWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

/**
 * The section's elements, in the shapes of the FBAInboundServiceMWS sample answers: lists are
 * {@code <List><member>...</member></List>}, dates are UTC seconds with Z.
 */
final class InboundXml {

    private InboundXml() {
    }

    static String date(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }


    /** {@code <name>} around the items, each written whole by {@code item} (no member wrapper), or {@code <name/>}. */
    static <T> void wrapped(XmlWriter xml, String name, List<T> items, Consumer<T> item) {
        if (items.isEmpty()) {
            xml.empty(name);
            return;
        }
        xml.start(name);
        items.forEach(item);
        xml.end(name);
    }
}
