package io.camelmws.component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;

import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How URI options, the CamelMwsParameters header and the marketplaceId option become MWS parameters on the wire. */
class MwsParametersRouteTest extends MwsTestSupport {

    @Test
    void listParametersAreExpandedWithTheCatalogsNaming() {
        callIgnoringMwsErrors("mws:GetReportList?param.ReportTypeList=_GET_ORDERS_DATA_,_GET_MERCHANT_LISTINGS_DATA_", Map.of(
                "ReportRequestIdList", List.of(11, 12L),
                "Acknowledged", false,
                "MaxCount", 100));

        assertThat(lastReceived().parameters())
                .containsEntry("ReportTypeList.Type.1", "_GET_ORDERS_DATA_")
                .containsEntry("ReportTypeList.Type.2", "_GET_MERCHANT_LISTINGS_DATA_")
                .containsEntry("ReportRequestIdList.Id.1", "11")
                .containsEntry("ReportRequestIdList.Id.2", "12")
                .containsEntry("Acknowledged", "false")
                .containsEntry("MaxCount", "100")
                .doesNotContainKeys("ReportTypeList", "ReportRequestIdList");
    }

    @Test
    void marketplaceIdUsesEachSectionsListNaming() {
        callIgnoringMwsErrors("mws:ListOrders?marketplaceId=ATVPDKIKX0DER, A2EUQ1WTGCTBG2", Map.of(
                "CreatedAfter", Instant.parse("2024-01-02T03:04:05Z"),
                "OrderStatus", new String[] { "Unshipped", "PartiallyShipped" }));
        assertThat(lastReceived().parameters())
                .containsEntry("MarketplaceId.Id.1", "ATVPDKIKX0DER")
                .containsEntry("MarketplaceId.Id.2", "A2EUQ1WTGCTBG2")
                .containsEntry("OrderStatus.Status.1", "Unshipped")
                .containsEntry("OrderStatus.Status.2", "PartiallyShipped")
                .containsEntry("CreatedAfter", "2024-01-02T03:04:05Z");

        callIgnoringMwsErrors("mws:RequestReport?marketplaceId=A1PA6795UKMFR9&param.ReportType=_GET_FLAT_FILE_OPEN_LISTINGS_DATA_", Map.of());
        assertThat(lastReceived().parameters()).containsEntry("MarketplaceIdList.Id.1", "A1PA6795UKMFR9");

        callIgnoringMwsErrors("mws:ListMatchingProducts?marketplaceId=A1PA6795UKMFR9&param.Query=kettle", Map.of());
        assertThat(lastReceived().parameters()).containsEntry("MarketplaceId", "A1PA6795UKMFR9");

        // GetReport takes no marketplace: the option is not sent where MWS has no use for it.
        callIgnoringMwsErrors("mws:GetReport?marketplaceId=A1PA6795UKMFR9&param.ReportId=42", Map.of());
        assertThat(lastReceived().parameters()).containsEntry("ReportId", "42").doesNotContainKeys("MarketplaceIdList.Id.1", "MarketplaceId");
    }

    @Test
    void theHeaderOverridesUriParametersAndAlreadyExpandedNamesPassThrough() {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("CreatedAfter", OffsetDateTime.of(2024, 5, 6, 9, 0, 0, 0, ZoneOffset.ofHours(2)));
        header.put("MaxResultsPerPage", 25);
        header.put("FulfillmentChannel.Channel.1", "AFN");
        header.put("BuyerEmail", null);
        callIgnoringMwsErrors("mws:ListOrders?marketplaceId=ATVPDKIKX0DER&param.MaxResultsPerPage=100&param.BuyerEmail=x@example.com", header);

        SandboxRequest request = lastReceived();
        assertThat(request.parameters())
                .containsEntry("CreatedAfter", "2024-05-06T07:00:00Z")
                .containsEntry("MaxResultsPerPage", "25")
                .containsEntry("FulfillmentChannel.Channel.1", "AFN")
                .doesNotContainKey("BuyerEmail");
    }

    @Test
    void datesAreSentAsIso8601Utc() {
        callIgnoringMwsErrors("mws:RequestReport", Map.of("ReportType", "_GET_ORDERS_DATA_", "StartDate", LocalDate.of(2024, 2, 29),
                "EndDate", java.util.Date.from(Instant.parse("2024-03-01T12:30:00.250Z"))));
        assertThat(lastReceived().parameters()).containsEntry("StartDate", "2024-02-29T00:00:00Z")
                .containsEntry("EndDate", "2024-03-01T12:30:00.250Z");
    }

    @Test
    void missingRequiredParametersFailBeforeAnythingIsSent() {
        assertThatThrownBy(() -> template.requestBody("mws:GetReport", (Object) null))
                .isInstanceOf(CamelExecutionException.class).cause()
                .hasMessage("MWS action GetReport requires parameter ReportId (set param.ReportId or put it in the CamelMwsParameters header)");
        assertThatThrownBy(() -> template.requestBody("mws:ListOrders?param.CreatedAfter=2024-01-01T00:00:00Z", (Object) null))
                .cause().hasMessageContaining("requires parameter MarketplaceId (set the marketplaceId option");
        assertThatThrownBy(() -> template.requestBody("mws:ListOrders?marketplaceId=ATVPDKIKX0DER", (Object) null))
                .cause().hasMessageContaining("requires one of the parameters CreatedAfter, LastUpdatedAfter");
        assertThat(received()).isEmpty();
    }

    @Test
    void valuesThatCannotBeSentFaithfullyAreRefused() {
        assertThatThrownBy(() -> template.requestBodyAndHeader("mws:ListOrders?marketplaceId=ATVPDKIKX0DER", null, MwsConstants.PARAMETERS,
                Map.of("CreatedAfter", LocalDateTime.of(2024, 1, 1, 0, 0))))
                .cause().hasMessageContaining("CreatedAfter is a LocalDateTime, which has no time zone");
        assertThatThrownBy(() -> template.requestBodyAndHeader("mws:GetReport", null, MwsConstants.PARAMETERS, Map.of("ReportId", new Object())))
                .cause().hasMessageContaining("MWS parameter ReportId has a value of type java.lang.Object");
        assertThatThrownBy(() -> template.requestBodyAndHeader("mws:GetReport", null, MwsConstants.PARAMETERS, Map.of("ReportId", List.of(1, 2))))
                .cause().hasMessageContaining("ReportId of GetReport got several values, but the catalog does not know it as a list");
        assertThatThrownBy(() -> template.requestBodyAndHeader("mws:GetReport", null, MwsConstants.PARAMETERS, "ReportId=1"))
                .cause().hasMessageContaining("Header CamelMwsParameters must be a java.util.Map").hasMessageContaining("java.lang.String");
        assertThatThrownBy(() -> template.requestBodyAndHeader("mws:GetReport", null, MwsConstants.PARAMETERS, Map.of("ReportId", 1, "Timestamp", "x")))
                .cause().hasMessageContaining("MWS parameter Timestamp is set by the component");
        assertThatThrownBy(() -> template.requestBody("mws:ListMatchingProducts?marketplaceId=A1PA6795UKMFR9,APJ6JRA9NG5V4&param.Query=x", (Object) null))
                .cause().hasMessageContaining("Products operations take exactly one MarketplaceId");
        assertThat(received()).isEmpty();
    }
}
