package io.camelmws.sandbox.customers;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.orders.Address;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.sellers.Marketplaces;
import io.camelmws.sandbox.webservice.DateRangeList;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.WebServiceDates;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * ListCustomers, ListCustomersByNextToken and GetCustomersForCustomerId: the seller's buyers as the PHP client
 * library's sample XML shows a Customer. DateRangeType chooses whether the range selects the date the buyer
 * became a customer ({@code AssociatedDate}) or last changed ({@code LastUpdatedDate}, the default).
 */
final class CustomersHandler {

    static final int PAGE_SIZE = 50;
    private static final List<String> DATE_RANGE_TYPES = List.of("LastUpdatedDate", "AssociatedDate");
    private static final int MAX_CUSTOMER_IDS = 50;

    private final Buyers buyers;
    private final DateRangeList<Buyer> list;

    CustomersHandler(Buyers buyers) {
        this.buyers = buyers;
        this.list = new DateRangeList<>("ListCustomers", PAGE_SIZE, false, List.of("DateRangeType"), this::inRange,
                (xml, page, nextToken) -> {
                    customers(xml, page);
                    xml.element("NextToken", nextToken)
                            .element("MoreResultsAvailable", Boolean.toString(nextToken != null));
                });
    }

    SandboxResponse listCustomers(OperationCall call) {
        new WebServiceParameters(call.parameters()).oneOf("DateRangeType", DATE_RANGE_TYPES);
        return list.list(call);
    }

    SandboxResponse listCustomersByNextToken(OperationCall call) {
        return list.listByNextToken(call);
    }

    SandboxResponse getCustomersForCustomerId(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        String marketplaceId = parameters.marketplaceId(List.of());
        List<String> ids = parameters.list("CustomerIdList.CustomerId", MAX_CUSTOMER_IDS);
        if (ids.isEmpty()) {
            throw new OperationFailure(MwsErrors.missingParameter("CustomerIdList.CustomerId.1"));
        }
        List<Buyer> found = new ArrayList<>();
        for (String id : ids) {
            found.add(buyers.find(marketplaceId, id, call.now()).orElseThrow(() -> new OperationFailure(
                    MwsErrors.invalidParameterValue("CustomerIdList.CustomerId", id,
                            "the CustomerId of a customer of the seller in " + marketplaceId))));
        }
        return WebServiceResponses.result(call, xml -> customers(xml, found));
    }

    private List<Buyer> inRange(String marketplaceId, WebServiceParameters query, Instant from, Instant to,
                                Instant now) {
        boolean associated = "AssociatedDate".equals(query.optional("DateRangeType"));
        return buyers.inMarketplace(marketplaceId, now).stream().filter(buyer -> {
            Instant date = associated ? buyer.firstOrderedAt() : buyer.lastOrderedAt();
            return !date.isBefore(from) && !date.isAfter(to);
        }).toList();
    }

    private static void customers(XmlWriter xml, List<Buyer> page) {
        xml.start("CustomerList");
        for (Buyer buyer : page) {
            xml.start("Customer").element("CustomerId", buyer.customerId()).start("ShippingAddressList");
            boolean first = true;
            for (Address address : buyer.addresses()) {
                xml.start("ShippingAddress").element("IsDefaultAddress", Boolean.toString(first))
                        .element("FullName", address.name()).element("AddressLine1", address.addressLine1())
                        .element("City", address.city()).element("StateOrRegion", address.stateOrRegion())
                        .element("PostalCode", address.postalCode()).element("CountryCode", address.countryCode())
                        .end("ShippingAddress");
                first = false;
            }
            xml.end("ShippingAddressList").start("PrimaryContactInfo").element("Email", buyer.email())
                    .element("FullName", buyer.name()).end("PrimaryContactInfo")
                    .element("AccountType", "Customer").start("AssociatedMarketplaces").start("MarketplaceDomain")
                    .element("DomainName", Marketplaces.byId(buyer.marketplaceId())
                            .map(marketplace -> marketplace.domainName()).orElse(null))
                    .element("Origin", "true")
                    .element("AssociatedOn", WebServiceDates.formatUtc(buyer.firstOrderedAt()))
                    .element("LastUpdatedOn", WebServiceDates.formatUtc(buyer.lastOrderedAt()))
                    .end("MarketplaceDomain").end("AssociatedMarketplaces").end("Customer");
        }
        xml.end("CustomerList");
    }
}
