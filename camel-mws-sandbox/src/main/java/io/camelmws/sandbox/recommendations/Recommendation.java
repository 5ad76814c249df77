package io.camelmws.sandbox.recommendations;

import io.camelmws.sandbox.response.XmlWriter;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One recommendation as a member of its category's list: the fields the category writes (in the order of
 * Amazon's sample XML), and the values its CategoryQuery FilterOptions can select on.
 *
 * @param category RecommendationCategory, e.g. {@code Inventory}
 * @param filters  filter name to value ({@code FulfillmentChannel=AFN}, {@code QualitySet=Defect} ...)
 * @param fields   writes the member's elements
 */
record Recommendation(RecommendationCategory category, Map<String, String> filters, Consumer<XmlWriter> fields) {

    void write(XmlWriter xml) {
        xml.start("member");
        fields.accept(xml);
        xml.end("member");
    }
}
