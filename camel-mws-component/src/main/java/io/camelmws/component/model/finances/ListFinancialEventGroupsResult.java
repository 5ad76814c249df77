package io.camelmws.component.model.finances;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** A page of ListFinancialEventGroups or ListFinancialEventGroupsByNextToken. */
public record ListFinancialEventGroupsResult(
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("FinancialEventGroupList")
        @JacksonXmlElementWrapper(localName = "FinancialEventGroupList")
        List<FinancialEventGroup> financialEventGroups) {

    public ListFinancialEventGroupsResult {
        financialEventGroups = financialEventGroups == null ? List.of() : List.copyOf(financialEventGroups);
    }
}
