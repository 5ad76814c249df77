package io.camelmws.sandbox.inbound;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.sellers.Marketplace;
import io.camelmws.sandbox.sellers.Marketplaces;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.StableRandom;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GetPrepInstructionsForSKU and GetPrepInstructionsForASIN: for each SKU (ASIN) of the seller's listings in the
 * marketplace of ShipToCountryCode, the barcode to use and the preparation the product needs (the same for the
 * same ASIN, drawn from the seed), with Amazon's fee per instruction for SKUs; unknown ones are listed as invalid
 * (DoesNotExist, InvalidASIN) rather than refusing the request, as the documentation's samples show.
 */
final class PrepInstructionsHandler {

    static final int MAX_IDS = 50;
    private static final List<String> INSTRUCTIONS = List.of("Polybagging", "BubbleWrapping", "Taping",
            "BlackShrinkWrapping", "Labeling", "HangGarment");
    /** Amazon's prep fee per unit and instruction, as the documentation's sample charged it. */
    private static final String FEE = "0.20";

    private final OrderBook orderBook;

    PrepInstructionsHandler(OrderBook orderBook) {
        this.orderBook = orderBook;
    }

    SandboxResponse forSku(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        Marketplace marketplace = marketplace(parameters);
        List<String> skus = ids(parameters, "SellerSKUList.Id");
        List<Listing> found = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (String sku : skus) {
            orderBook.listings().find(marketplace.marketplaceId(), sku).ifPresentOrElse(found::add,
                    () -> invalid.add(sku));
        }
        return WebServiceResponses.result(call, xml -> {
            InboundXml.wrapped(xml, "SKUPrepInstructionsList", found, listing -> {
                xml.start("SKUPrepInstructions").element("SellerSKU", listing.sellerSku())
                        .element("ASIN", listing.asin());
                List<String> instructions = prep(xml, listing.asin());
                InboundXml.wrapped(xml, "AmazonPrepFeesDetailsList", instructions, instruction -> xml
                        .start("AmazonPrepFeesDetails")
                        .element("PrepInstruction", instruction)
                        .start("Amount").element("CurrencyCode", marketplace.currencyCode()).element("Value", FEE)
                        .end("Amount").end("AmazonPrepFeesDetails"));
                xml.end("SKUPrepInstructions");
            });
            InboundXml.wrapped(xml, "InvalidSKUList", invalid, sku -> xml.start("InvalidSKU").element("SellerSKU", sku)
                    .element("ErrorReason", "DoesNotExist").end("InvalidSKU"));
        });
    }

    SandboxResponse forAsin(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        Marketplace marketplace = marketplace(parameters);
        List<String> asins = ids(parameters, "ASINList.Id");
        List<String> found = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (String asin : asins) {
            Optional<Listing> listing = orderBook.listings().inMarketplace(marketplace.marketplaceId()).stream()
                    .filter(candidate -> candidate.asin().equals(asin)).findFirst();
            (listing.isPresent() ? found : invalid).add(asin);
        }
        return WebServiceResponses.result(call, xml -> {
            InboundXml.wrapped(xml, "ASINPrepInstructionsList", found, asin -> {
                xml.start("ASINPrepInstructions").element("ASIN", asin);
                prep(xml, asin);
                xml.end("ASINPrepInstructions");
            });
            InboundXml.wrapped(xml, "InvalidASINList", invalid, asin -> xml.start("InvalidASIN").element("ASIN", asin)
                    .element("ErrorReason", "InvalidASIN").end("InvalidASIN"));
        });
    }

    /** Writes BarcodeInstruction, PrepGuidance and PrepInstructionList for the ASIN; returns the instructions. */
    private List<String> prep(XmlWriter xml, String asin) {
        StableRandom random = new StableRandom(orderBook.seed(), asin, "prep-instructions");
        List<String> instructions = new ArrayList<>();
        if (random.chance(0.6)) {
            instructions.add("Labeling");
            for (String instruction : INSTRUCTIONS) {
                if (!"Labeling".equals(instruction) && random.chance(0.25)) {
                    instructions.add(instruction);
                }
            }
        }
        xml.element("BarcodeInstruction", instructions.contains("Labeling") ? "RequiresFNSKULabel"
                : "CanUseOriginalBarcode")
                .element("PrepGuidance", instructions.isEmpty() ? "NoAdditionalPrepRequired" : "SeePrepInstructionsList");
        InboundXml.wrapped(xml, "PrepInstructionList", instructions,
                instruction -> xml.element("PrepInstruction", instruction));
        return instructions;
    }


    private static List<String> ids(WebServiceParameters parameters, String list) {
        List<String> ids = parameters.strictList(list, MAX_IDS);
        if (ids.isEmpty()) {
            throw new OperationFailure(MwsErrors.missingParameter(list + ".1"));
        }
        return ids;
    }

    private static Marketplace marketplace(WebServiceParameters parameters) {
        String country = parameters.required("ShipToCountryCode");
        for (Marketplace marketplace : Marketplaces.seller()) {
            if (marketplace.countryCode().equals(country)) {
                return marketplace;
            }
        }
        throw new OperationFailure(MwsErrors.invalidParameterValue("ShipToCountryCode", country,
                "the country of a marketplace the seller sells on"));
    }
}
