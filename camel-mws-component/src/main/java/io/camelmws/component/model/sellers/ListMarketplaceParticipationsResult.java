package io.camelmws.component.model.sellers;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/**
 * A page of ListMarketplaceParticipations or ListMarketplaceParticipationsByNextToken: the seller's participations
 * and the marketplaces they are in.
 */
public record ListMarketplaceParticipationsResult(
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("ListParticipations")
        @JacksonXmlElementWrapper(localName = "ListParticipations")
        List<Participation> participations,
        @JsonProperty("ListMarketplaces")
        @JacksonXmlElementWrapper(localName = "ListMarketplaces")
        List<Marketplace> marketplaces) {

    public ListMarketplaceParticipationsResult {
        participations = participations == null ? List.of() : List.copyOf(participations);
        marketplaces = marketplaces == null ? List.of() : List.copyOf(marketplaces);
    }
}
