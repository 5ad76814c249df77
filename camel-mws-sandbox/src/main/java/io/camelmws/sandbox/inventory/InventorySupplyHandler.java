package io.camelmws.sandbox.inventory;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.sellers.Marketplaces;
import io.camelmws.sandbox.webservice.MarketplaceLocale;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.PageToken;
import io.camelmws.sandbox.webservice.Pager;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * ListInventorySupply and ListInventorySupplyByNextToken (FBA Inventory 2010-10-01): the supply of the SKUs named
 * in {@code SellerSkus.member.n} (at most 50, answered in request order, one page), or of every FBA SKU whose
 * supply changed at or after {@code QueryStartDateTime} (by SKU, 50 a page unless the sandbox is built with another size, continued after the
 * last SKU returned). {@code ResponseGroup=Detailed} adds the SupplyDetail members (in stock, inbound with the
 * window it becomes available to pick in); {@code Basic}, the default, leaves SupplyDetail empty.
 */
final class InventorySupplyHandler implements OperationHandler {

    static final String LIST = "ListInventorySupply";
    static final int MAX_SKUS = 50;
    private static final String SKUS = "SellerSkus.member";
    private static final String QUERY_START = "QueryStartDateTime";
    /** Inbound units become available to pick within two days of their earliest date. */
    private static final long PICK_WINDOW_SECONDS = 2 * 86_400;

    private final OrderBook book;
    private final StockLedger ledger;
    private final int pageSize;

    InventorySupplyHandler(OrderBook book, StockLedger ledger, int pageSize) {
        this.book = book;
        this.ledger = ledger;
        this.pageSize = pageSize;
    }

    /** What a listing asks; the token of a QueryStartDateTime listing carries it with the last SKU returned. */
    private record Query(String marketplaceId, boolean detailed, List<String> skus, Instant queryStart,
                         String afterSku) {
    }

    @Override
    public SandboxResponse handle(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        Query query = LIST.equals(call.action()) ? first(parameters) : resume(parameters.nextToken());
        Map<String, Supply> bySku = ledger.supplies(query.marketplaceId(), call.now()).stream()
                .collect(Collectors.toMap(supply -> supply.listing().sellerSku(), Function.identity(), (a, b) -> a));
        return WebServiceResponses.result(call, xml -> {
            xml.element("MarketplaceId", query.marketplaceId());
            if (query.skus() != null) {
                xml.start("InventorySupplyList");
                for (String sku : query.skus()) {
                    member(xml, sku, bySku.get(sku), query.detailed());
                }
                xml.end("InventorySupplyList");
                return;
            }
            Pager.Page<Supply> page = Pager.take(bySku.values().stream()
                    .filter(supply -> !supply.lastChangedAt().isBefore(query.queryStart()))
                    .filter(supply -> query.afterSku() == null
                            || supply.listing().sellerSku().compareTo(query.afterSku()) > 0)
                    .sorted(Comparator.comparing(supply -> supply.listing().sellerSku()))
                    .iterator(), pageSize);
            if (page.items().isEmpty()) {
                xml.element("InventorySupplyList", "");
            } else {
                xml.start("InventorySupplyList");
                page.items().forEach(supply -> member(xml, supply.listing().sellerSku(), supply, query.detailed()));
                xml.end("InventorySupplyList");
            }
            if (page.hasNext()) {
                xml.element("NextToken", PageToken.writer(LIST).writeInt(book.generation())
                        .writeString(query.marketplaceId()).writeString(query.detailed() ? "Detailed" : "Basic")
                        .writeLong(query.queryStart().getEpochSecond()).writeInt(query.queryStart().getNano())
                        .writeString(page.last().listing().sellerSku()).finish());
            }
        });
    }

    private static Query first(WebServiceParameters parameters) {
        List<String> skus = parameters.strictList(SKUS);
        Instant queryStart = parameters.date(QUERY_START, null);
        if (skus.isEmpty() && queryStart == null) {
            throw new OperationFailure(MwsError.of(400, "MissingParameter",
                    "The request must contain either SellerSkus.member.1 (up to " + MAX_SKUS
                            + " SKUs) or QueryStartDateTime."));
        }
        if (!skus.isEmpty() && queryStart != null) {
            throw OperationFailure.invalid("Specify either SellerSkus or QueryStartDateTime, not both.");
        }
        if (skus.size() > MAX_SKUS) {
            throw new OperationFailure(MwsErrors.invalidParameterValue("SellerSkus", skus.size() + " SKUs",
                    "at most " + MAX_SKUS + " SKUs per request"));
        }
        for (String sku : skus) {
            if (sku.isEmpty()) {
                throw new OperationFailure(MwsErrors.invalidParameterValue("SellerSkus.member", "an empty SKU",
                        "SKUs of 1 to 40 characters"));
            }
        }
        return new Query(marketplaceId(parameters), detailed(parameters.optional("ResponseGroup")),
                skus.isEmpty() ? null : skus, queryStart, null);
    }

    private Query resume(String token) {
        PageToken.Reader reader = PageToken.reader(LIST, token);
        if (reader.readInt() != book.generation()) {
            throw OperationFailure.invalid("The NextToken " + token + " has expired: the seller's data was reset "
                    + "since it was issued; start again without a NextToken.");
        }
        String marketplaceId = reader.readString();
        boolean detailed = detailed(reader.readString());
        Instant queryStart = Instant.ofEpochSecond(reader.readLong(), reader.readInt());
        String afterSku = reader.readString();
        reader.end();
        return new Query(marketplaceId, detailed, null, queryStart, afterSku);
    }

    /** MarketplaceId, or the older scalar Marketplace; the seller's home marketplace when neither is given. */
    private static String marketplaceId(WebServiceParameters parameters) {
        String parameter = parameters.optional("MarketplaceId") != null ? "MarketplaceId" : "Marketplace";
        String marketplaceId = parameters.optional(parameter);
        if (marketplaceId == null) {
            return MarketplaceLocale.DEFAULT.id();
        }
        if (Marketplaces.byId(marketplaceId).isEmpty()) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(parameter, marketplaceId,
                    "a marketplace the seller participates in: " + Marketplaces.allowedIds()));
        }
        return marketplaceId;
    }

    private static boolean detailed(String responseGroup) {
        if (responseGroup == null || "Basic".equals(responseGroup)) {
            return false;
        }
        if ("Detailed".equals(responseGroup)) {
            return true;
        }
        throw new OperationFailure(MwsErrors.invalidParameterValue("ResponseGroup", responseGroup,
                "Basic or Detailed"));
    }

    /**
     * One member, in the official client's element order. A SKU the seller has no FBA stock of in the marketplace
     * (unknown, or fulfilled by the merchant) is answered with zero supply, as MWS did, rather than an error.
     */
    private static void member(XmlWriter xml, String sku, Supply supply, boolean detailed) {
        xml.start("member").element("SellerSKU", sku);
        if (supply == null) {
            xml.element("TotalSupplyQuantity", "0").element("InStockSupplyQuantity", "0")
                    .element("SupplyDetail", "").end("member");
            return;
        }
        xml.element("FNSKU", supply.listing().fnsku())
                .element("ASIN", supply.listing().asin())
                .element("Condition", "NewItem")
                .element("TotalSupplyQuantity", Integer.toString(supply.total()))
                .element("InStockSupplyQuantity", Integer.toString(supply.inStock()));
        if (supply.inStock() > 0) {
            xml.start("EarliestAvailability").element("TimepointType", "Immediately").end("EarliestAvailability");
        } else if (supply.inbound() > 0) {
            timepoint(xml, "EarliestAvailability", supply.arrivesAt());
        }
        if (!detailed || supply.total() == 0) {
            xml.element("SupplyDetail", "");
        } else {
            xml.start("SupplyDetail");
            if (supply.inStock() > 0) {
                xml.start("member").element("Quantity", Integer.toString(supply.inStock()))
                        .element("SupplyType", "InStock")
                        .start("EarliestAvailableToPick").element("TimepointType", "Immediately")
                        .end("EarliestAvailableToPick")
                        .start("LatestAvailableToPick").element("TimepointType", "Immediately")
                        .end("LatestAvailableToPick")
                        .end("member");
            }
            if (supply.inbound() > 0) {
                xml.start("member").element("Quantity", Integer.toString(supply.inbound()))
                        .element("SupplyType", "Inbound");
                timepoint(xml, "EarliestAvailableToPick", supply.arrivesAt());
                timepoint(xml, "LatestAvailableToPick", supply.arrivesAt().plusSeconds(PICK_WINDOW_SECONDS));
                xml.end("member");
            }
            xml.end("SupplyDetail");
        }
        xml.end("member");
    }

    private static void timepoint(XmlWriter xml, String name, Instant at) {
        xml.start(name).element("TimepointType", "DateTime")
                .element("DateTime", DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS)))
                .end(name);
    }
}
