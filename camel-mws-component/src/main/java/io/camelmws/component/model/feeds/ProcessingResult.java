package io.camelmws.component.model.feeds;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What became of one message of a feed that failed or warned; {@link #resultCode()} tells which. */
public record ProcessingResult(
        @JsonProperty("MessageID") Long messageId,
        @JsonProperty("ResultCode") String resultCodeAsString,
        @JsonProperty("ResultMessageCode") Integer resultMessageCode,
        @JsonProperty("ResultDescription") String resultDescription,
        @JsonProperty("AdditionalInfo") AdditionalInfo additionalInfo) {

    public ResultCode resultCode() {
        return ResultCode.fromValue(resultCodeAsString);
    }

    /** What the message was about, where MWS says it. */
    public record AdditionalInfo(
            @JsonProperty("SKU") String sku,
            @JsonProperty("AmazonOrderID") String amazonOrderId,
            @JsonProperty("AmazonOrderItemCode") String amazonOrderItemCode) {
    }
}
