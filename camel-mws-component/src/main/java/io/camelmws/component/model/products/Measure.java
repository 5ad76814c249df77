package io.camelmws.component.model.products;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;

/** A size or weight with its unit, as {@code <ns2:Height Units="inches">9.25</ns2:Height>}. */
public final class Measure extends ValueObject {

    @JsonProperty("Units")
    @JacksonXmlProperty(isAttribute = true, localName = "Units")
    private String units;
    @JsonProperty("value")
    @JacksonXmlText
    private BigDecimal value;

    public String units() {
        return units;
    }

    public BigDecimal value() {
        return value;
    }

    @Override
    Object[] parts() {
        return new Object[] {units, value};
    }
}
