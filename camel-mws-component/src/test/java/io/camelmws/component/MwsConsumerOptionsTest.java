package io.camelmws.component;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A consumer that cannot work as configured fails when its route is created or started, naming the option, and polls nothing. */
class MwsConsumerOptionsTest extends MwsTestSupport {

    private void addRoute(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("mock:orders");
            }
        });
    }

    @Test
    void anUnreadableFirstStartNamesTheOptionAndWhatIsAllowed() {
        assertThatThrownBy(() -> addRoute("mws:ListOrders?marketplaceId=ATVPDKIKX0DER&initialLastUpdatedAfter=yesterday"))
                .rootCause().hasMessageContaining("initialLastUpdatedAfter 'yesterday' is neither a duration back (P1D, PT6H, or 1d, 12h, 90m)")
                .hasMessageContaining("ISO-8601 instant (2026-11-01T00:00:00Z)");
        assertThatThrownBy(() -> addRoute("mws:ListOrders?marketplaceId=ATVPDKIKX0DER&initialLastUpdatedAfter=-P1D"))
                .rootCause().hasMessageContaining("initialLastUpdatedAfter '-P1D' must be a positive duration back");
        assertThat(received()).isEmpty();
    }

    @Test
    void onlyTheListsTheCatalogNamesArePolled() {
        assertThatThrownBy(() -> addRoute("mws:GetOrder?param.AmazonOrderId=111-0000000-0000000"))
                .rootCause().hasMessageContaining("The mws consumer polls GetFeedSubmissionList, GetReportList, ListOrders")
                .hasMessageContaining("to(\"mws:GetOrder\")");
        assertThat(received()).isEmpty();
    }

    @Test
    void theWindowIsTheConsumersOwn() {
        assertThatThrownBy(() -> addRoute("mws:ListOrders?marketplaceId=ATVPDKIKX0DER&param.CreatedAfter=2026-11-01T00:00:00Z"))
                .rootCause().hasMessageContaining("param.CreatedAfter cannot be set on a consumer of ListOrders").hasMessageContaining("initialLastUpdatedAfter");
        assertThat(received()).isEmpty();
    }

    @Test
    void aStateFileIsNotCombinedWithRepositories() {
        context.getRegistry().bind("watermarks", new MemoryStateRepository());
        assertThatThrownBy(() -> addRoute("mws:ListOrders?marketplaceId=ATVPDKIKX0DER&stateFile=target/orders.state&stateRepository=#watermarks"))
                .rootCause().hasMessageContaining("stateFile cannot be combined with stateRepository or idempotentRepository");
        assertThat(received()).isEmpty();
    }

    @Test
    void orderFiltersApplyToListOrdersOnly() {
        assertThatThrownBy(() -> context.getEndpoint("mws:GetOrder?orderStatus=Shipped"))
                .rootCause().hasMessageContaining("Option orderStatus applies to operations that take an OrderStatus (ListOrders) only, not to GetOrder");
        assertThatThrownBy(() -> context.getEndpoint("mws:ListOrderItems?fulfillmentChannel=AFN"))
                .rootCause().hasMessageContaining("Option fulfillmentChannel applies to operations that take a FulfillmentChannel (ListOrders) only");
    }

    @Test
    void aProducerSendsTheFiltersAsListOrdersLists() {
        callIgnoringMwsErrors("mws:ListOrders?marketplaceId=ATVPDKIKX0DER&orderStatus=Unshipped,PartiallyShipped&fulfillmentChannel=MFN"
                              + "&param.LastUpdatedAfter=2026-11-01T00:00:00Z", java.util.Map.of());
        assertThat(lastReceived().parameters()).containsEntry("OrderStatus.Status.1", "Unshipped")
                .containsEntry("OrderStatus.Status.2", "PartiallyShipped").containsEntry("FulfillmentChannel.Channel.1", "MFN");
    }
}
