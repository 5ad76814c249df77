package io.camelmws.bench.micro;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import io.camelmws.bench.BenchAccount;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.param.ParameterBinder;

/**
 * The calls the micro benchmarks measure, each as a route would give it to the component: the parameters the
 * producer hands to {@link ParameterBinder}, and what the binder makes of them.
 * <ul>
 * <li>{@code GetServiceStatus}: of the Orders section, no parameter (the producer benchmark's call);</li>
 * <li>{@code ListOrders}: a typical one, 3 marketplaces, CreatedAfter, two OrderStatus, one FulfillmentChannel and
 * MaxResultsPerPage (8 operation parameters, 15 signed with the common ones);</li>
 * <li>{@code GetOrder50}: GetOrder of 50 AmazonOrderIds, the most MWS takes (57 signed parameters).</li>
 * </ul>
 */
public final class TypicalRequests {

    /** US, CA and MX. */
    public static final List<String> MARKETPLACES = List.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2", "A1AM78C64UM0Y8");
    /** The North American MWS endpoint: signing needs a host, not a connection. */
    public static final String MWS_NA = "https://mws.amazonservices.com";

    private TypicalRequests() {
    }

    public static ResolvedOperation operation(String call) {
        return switch (call) {
            case "GetServiceStatus" -> BenchAccount.operation("GetServiceStatus", "Orders");
            case "ListOrders" -> BenchAccount.operation("ListOrders", null);
            case "GetOrder50" -> BenchAccount.operation("GetOrder", null);
            default -> throw new IllegalArgumentException("Unknown call " + call + "; known: GetServiceStatus, ListOrders, GetOrder50");
        };
    }

    /** The parameters as the producer collects them from {@code param.*} options and the CamelMwsParameters header. */
    public static Map<String, Object> input(String call, Instant createdAfter) {
        Map<String, Object> input = new LinkedHashMap<>();
        switch (call) {
            case "GetServiceStatus" -> {
            }
            case "ListOrders" -> {
                input.put("CreatedAfter", createdAfter);
                input.put("OrderStatus", List.of("Unshipped", "PartiallyShipped"));
                input.put("FulfillmentChannel", List.of("MFN"));
                input.put("MaxResultsPerPage", 10);
            }
            case "GetOrder50" -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    ids.add(String.format(Locale.ROOT, "302-%07d-%07d", 1_234_567 + i, 7_654_321 - i));
                }
                input.put("AmazonOrderId", ids);
            }
            default -> operation(call);
        }
        return input;
    }

    /** The endpoint's marketplaceId option for the call. */
    public static List<String> marketplaces(String call) {
        return call.equals("ListOrders") ? MARKETPLACES : List.of();
    }

    /** The operation parameters after binding: what {@code MwsRequestFactory.create} receives. */
    public static SortedMap<String, String> bound(String call, Instant createdAfter) {
        return ParameterBinder.bind(operation(call), input(call, createdAfter), marketplaces(call));
    }
}
