package io.camelmws.sandbox.products;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.MwsTimestamps;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.sellers.Marketplaces;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * GetMyFeesEstimate: up to twenty {@code FeesEstimateRequestList.FeesEstimateRequest.n.*} requests, each answered by a
 * {@code FeesEstimateResult} that repeats its identifier (SellerInputIdentifier is the request's {@code Identifier})
 * and carries either the estimate ({@link FeeSchedule}) or, for a product the seller does not offer or a price in
 * another currency than the marketplace's, {@code Status} ClientError with its own {@code Error}. A request missing a
 * required field fails the whole call, naming the parameter. Shapes as in ScaleLeap/amazon-mws-api-sdk's
 * products_get_my_fees_estimate.xml and the official C# client's sample (IncludedFeeDetailList).
 */
final class FeesEstimateHandler implements OperationHandler {

    static final String LIST = "FeesEstimateRequestList.FeesEstimateRequest.";

    private final String sellerId;
    private final ProductLookup lookup;

    FeesEstimateHandler(String sellerId, ProductLookup lookup) {
        this.sellerId = sellerId;
        this.lookup = lookup;
    }

    /** One request of the list, its fields by name ({@code PriceToEstimateFees.ListingPrice.Amount}). */
    private record Request(int index, Map<String, String> fields) {
        String field(String name) {
            String value = fields.get(name);
            return value == null || value.isEmpty() ? null : value;
        }

        String required(String name) {
            String value = field(name);
            if (value == null) {
                throw new OperationFailure(MwsErrors.missingParameter(LIST + index + "." + name));
            }
            return value;
        }

        BigDecimal amount(String name, boolean required) {
            String text = required ? required(name) : field(name);
            if (text == null) {
                return BigDecimal.ZERO;
            }
            try {
                BigDecimal amount = new BigDecimal(text);
                if (amount.signum() < 0) {
                    throw new NumberFormatException(text);
                }
                return amount;
            } catch (NumberFormatException e) {
                throw new OperationFailure(MwsErrors.invalidParameterValue(LIST + index + "." + name, text,
                        "an amount of 0 or more, such as 24.99"));
            }
        }
    }

    @Override
    public SandboxResponse handle(OperationCall call) {
        List<Request> requests = requests(call);
        // Every request is checked before any is answered: a malformed one fails the call as a whole.
        for (Request request : requests) {
            request.required("MarketplaceId");
            String idType = request.required("IdType");
            if (!"ASIN".equals(idType) && !"SellerSKU".equals(idType)) {
                throw new OperationFailure(MwsErrors.invalidParameterValue(LIST + request.index() + ".IdType",
                        idType, "ASIN or SellerSKU"));
            }
            request.required("IdValue");
            String fba = request.required("IsAmazonFulfilled");
            if (!"true".equalsIgnoreCase(fba) && !"false".equalsIgnoreCase(fba)) {
                throw new OperationFailure(MwsErrors.invalidParameterValue(LIST + request.index()
                        + ".IsAmazonFulfilled", fba, "true or false"));
            }
            request.required("Identifier");
            request.required("PriceToEstimateFees.ListingPrice.CurrencyCode");
            request.amount("PriceToEstimateFees.ListingPrice.Amount", true);
            request.amount("PriceToEstimateFees.Shipping.Amount", false);
            request.amount("PriceToEstimateFees.Points.PointsNumber", false);
        }
        return WebServiceResponses.result(call, xml -> {
            xml.start("FeesEstimateResultList");
            requests.forEach(request -> result(xml, call, request));
            xml.end("FeesEstimateResultList");
        });
    }

    private void result(XmlWriter xml, OperationCall call, Request request) {
        String marketplaceId = request.field("MarketplaceId");
        String currency = request.field("PriceToEstimateFees.ListingPrice.CurrencyCode");
        String problem = null;
        Optional<Listing> listing = Optional.empty();
        String marketplaceCurrency = Marketplaces.byId(marketplaceId).map(m -> m.currencyCode()).orElse(null);
        if (marketplaceCurrency == null) {
            problem = "Invalid MarketplaceId " + marketplaceId + "; the seller participates in "
                    + Marketplaces.allowedIds();
        } else {
            listing = lookup.find(marketplaceId, "SellerSKU".equals(request.field("IdType")),
                    request.field("IdValue"));
            if (listing.isEmpty()) {
                problem = request.field("IdValue") + " is an invalid " + request.field("IdType")
                        + " for marketplace " + marketplaceId;
            } else if (!marketplaceCurrency.equals(currency)
                    || (request.field("PriceToEstimateFees.Shipping.CurrencyCode") != null
                    && !marketplaceCurrency.equals(request.field("PriceToEstimateFees.Shipping.CurrencyCode")))) {
                problem = "Currency " + currency + " is not the currency of marketplace " + marketplaceId + " ("
                        + marketplaceCurrency + ")";
            }
        }
        boolean fba = "true".equalsIgnoreCase(request.field("IsAmazonFulfilled"));
        BigDecimal price = request.amount("PriceToEstimateFees.ListingPrice.Amount", true);
        BigDecimal shipping = request.amount("PriceToEstimateFees.Shipping.Amount", false);
        BigDecimal points = request.amount("PriceToEstimateFees.Points.PointsNumber", false);
        xml.start("FeesEstimateResult").element("Status", problem == null ? "Success" : "ClientError")
                .start("FeesEstimateIdentifier")
                .element("MarketplaceId", marketplaceId)
                .element("SellerId", sellerId)
                .element("IdType", request.field("IdType"))
                .element("IdValue", request.field("IdValue"))
                .element("IsAmazonFulfilled", Boolean.toString(fba))
                .start("PriceToEstimateFees");
        PricingHandler.money(xml, "ListingPrice", currency, price);
        if (request.field("PriceToEstimateFees.Shipping.Amount") != null) {
            PricingHandler.money(xml, "Shipping", currency, shipping);
        }
        if (request.field("PriceToEstimateFees.Points.PointsNumber") != null) {
            xml.start("Points").element("PointsNumber", points.toPlainString()).end("Points");
        }
        xml.end("PriceToEstimateFees")
                .element("SellerInputIdentifier", request.field("Identifier"))
                .end("FeesEstimateIdentifier");
        if (problem != null) {
            BatchAnswer.error(xml, "InvalidParameterValue", problem);
        } else {
            ProductKind kind = lookup.item(listing.get()).kind();
            List<FeeSchedule.Fee> fees = FeeSchedule.fees(kind, currency, price, shipping, points, fba);
            BigDecimal total = fees.stream().map(FeeSchedule.Fee::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            xml.start("FeesEstimate")
                    .element("TimeOfFeesEstimation", MwsTimestamps.header(call.now()));
            PricingHandler.money(xml, "TotalFeesEstimate", currency, total);
            xml.start("FeeDetailList");
            fees.forEach(fee -> feeDetail(xml, currency, fee));
            xml.end("FeeDetailList").end("FeesEstimate");
        }
        xml.end("FeesEstimateResult");
    }

    private static void feeDetail(XmlWriter xml, String currency, FeeSchedule.Fee fee) {
        BigDecimal zero = BigDecimal.ZERO.setScale(fee.amount().scale());
        xml.start("FeeDetail").element("FeeType", fee.type());
        PricingHandler.money(xml, "FeeAmount", currency, fee.amount());
        PricingHandler.money(xml, "FeePromotion", currency, zero);
        PricingHandler.money(xml, "TaxAmount", currency, zero);
        PricingHandler.money(xml, "FinalFee", currency, fee.amount());
        if (!fee.included().isEmpty()) {
            xml.start("IncludedFeeDetailList");
            fee.included().forEach(included -> feeDetail(xml, currency, included));
            xml.end("IncludedFeeDetailList");
        }
        xml.end("FeeDetail");
    }

    /** The requests of {@code FeesEstimateRequestList.FeesEstimateRequest.n.*}, in the order of n; 1 to 20. */
    private static List<Request> requests(OperationCall call) {
        Map<Integer, Map<String, String>> byIndex = new TreeMap<>();
        for (Map.Entry<String, String> parameter : call.parameters().entrySet()) {
            if (!parameter.getKey().startsWith(LIST)) {
                continue;
            }
            String rest = parameter.getKey().substring(LIST.length());
            int dot = rest.indexOf('.');
            String index = dot < 0 ? rest : rest.substring(0, dot);
            if (dot < 0 || !index.matches("[1-9]\\d{0,8}")) {
                throw new OperationFailure(MwsErrors.invalidParameterValue(parameter.getKey(), parameter.getValue(),
                        "fields of numbered requests, as in " + LIST + "1.MarketplaceId"));
            }
            byIndex.computeIfAbsent(Integer.valueOf(index), i -> new HashMap<>())
                    .put(rest.substring(dot + 1), parameter.getValue());
        }
        if (byIndex.isEmpty()) {
            throw new OperationFailure(MwsErrors.missingParameter(LIST + "1.MarketplaceId"));
        }
        if (byIndex.size() > ItemList.MAX_IDS) {
            throw new OperationFailure(MwsErrors.invalidParameterValue("FeesEstimateRequestList",
                    byIndex.size() + " requests", "at most " + ItemList.MAX_IDS + " requests per call"));
        }
        return byIndex.entrySet().stream().map(entry -> new Request(entry.getKey(), entry.getValue())).toList();
    }
}
