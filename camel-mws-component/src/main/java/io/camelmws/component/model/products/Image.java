package io.camelmws.component.model.products;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code SmallImage}: where the picture is and its size in pixels. */
public record Image(
        @JsonProperty("URL") String url,
        @JsonProperty("Height") Measure height,
        @JsonProperty("Width") Measure width) {

    public Image {
        // Recorded answers wrap long URLs on their own line.
        url = url == null ? null : url.trim();
    }
}
