package io.camelmws.sandbox.inbound;

import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.StableRandom;
import io.camelmws.sandbox.webservice.Structure;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads PutTransportContent's less-than-truckload details, {@code TransportDetails.PartneredLtlData} and
 * {@code TransportDetails.NonPartneredLtlData}, checking them as the FBAInbound_Datatypes reference describes them:
 * every Contact field (Name and Email up to 50 characters, Phone and Fax up to 20), BoxCount, a FreightReadyDate
 * (YYYY-MM-DD) at least two days after the request, 40 x 48 inch pallets at most 60 inches high with IsStacked, an
 * NMFC SellerFreightClass; a ProNumber of seven to ten digits for a carrier of the seller's own.
 */
final class LtlRequests {

    static final String PARTNERED = "TransportDetails.PartneredLtlData";
    static final String NON_PARTNERED = "TransportDetails.NonPartneredLtlData";

    private static final Structure.Shape CONTACT = new Structure.Shape(List.of("Name", "Phone", "Email", "Fax"),
            Set.of("Name", "Phone", "Email", "Fax"));
    private static final int MAX_PALLETS = 30;

    private LtlRequests() {
    }

    /**
     * The partnered LTL details of a PutTransportContent.
     *
     * @param shipment whose units Amazon values and whose marketplace's currency the amounts are in
     * @param currency the marketplace's currency
     * @param today    the request's day (UTC) on the simulated clock
     */
    static PartneredLtl partnered(WebServiceParameters parameters, InboundShipment shipment, OrderBook orderBook,
                                  String currency, LocalDate today) {
        WebServiceParameters data = parameters.nested(PARTNERED);
        WebServiceParameters contactFields = data.nested("Contact");
        Structure contact = CONTACT.read(contactFields);
        maxLength(contactFields, contact, "Name", 50);
        maxLength(contactFields, contact, "Phone", 20);
        maxLength(contactFields, contact, "Email", 50);
        maxLength(contactFields, contact, "Fax", 20);
        if (data.optional("BoxCount") == null) {
            throw new OperationFailure(MwsErrors.missingParameter(data.fullName("BoxCount")));
        }
        int boxCount = data.integer("BoxCount", 0, 1, 9_999);
        String freightClass = data.oneOf("SellerFreightClass", PartneredLtl.FREIGHT_CLASSES, null);
        LocalDate ready = freightReadyDate(data, today);
        List<PartneredLtl.Pallet> pallets = pallets(data);
        PartneredLtl.Weight totalWeight = weight(data.nested("TotalWeight"));
        if (totalWeight == null) {
            totalWeight = palletsWeight(data, pallets);
        }
        PartneredLtl.Money declared = null;
        WebServiceParameters value = data.nested("SellerDeclaredValue");
        if (value.present()) {
            String code = value.required("CurrencyCode");
            if (!code.equals(currency)) {
                throw new OperationFailure(MwsErrors.invalidParameterValue(value.fullName("CurrencyCode"), code,
                        currency + ", the currency of the shipment's marketplace"));
            }
            BigDecimal amount = value.amount("Value");
            if (amount == null) {
                throw new OperationFailure(MwsErrors.missingParameter(value.fullName("Value")));
            }
            declared = new PartneredLtl.Money(code, amount);
        }
        String referenceId = new StableRandom(orderBook.seed(), shipment.id(),
                "inbound-ltl-reference").digits(10);
        return new PartneredLtl(contact, boxCount, freightClass, ready, pallets, totalWeight, declared,
                new PartneredLtl.Money(currency, unitsValue(shipment, orderBook)), referenceId);
    }

    /** The ProNumber of a non-partnered LTL shipment; its carrier is read by the caller like the small-parcel one. */
    static String proNumber(WebServiceParameters parameters) {
        WebServiceParameters data = parameters.nested(NON_PARTNERED);
        String proNumber = data.required("ProNumber");
        if (!proNumber.matches("[0-9]{7,10}")) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(data.fullName("ProNumber"), proNumber,
                    "a string of seven to ten digits"));
        }
        return proNumber;
    }

    /**
     * No pallet for an LTL shipment: the section's own error code for it (FBAInbound_ErrorCodes, NoPackagesOrPallets),
     * naming the list the request should have sent.
     */
    static OperationFailure noPallets(String list) {
        return new OperationFailure(MwsError.of(400, "NoPackagesOrPallets", "No pallet information was specified; "
                + "send " + list + ".member.1 for a Less Than Truckload shipment."));
    }

    private static LocalDate freightReadyDate(WebServiceParameters data, LocalDate today) {
        String text = data.required("FreightReadyDate");
        LocalDate ready;
        try {
            ready = text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text) : null;
        } catch (DateTimeParseException e) {
            ready = null;
        }
        if (ready == null) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(data.fullName("FreightReadyDate"), text,
                    "a date in YYYY-MM-DD format"));
        }
        LocalDate earliest = today.plusDays(2);
        if (ready.isBefore(earliest)) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(data.fullName("FreightReadyDate"), text,
                    "a date at least two days after the request, " + earliest + " or later"));
        }
        return ready;
    }

    private static List<PartneredLtl.Pallet> pallets(WebServiceParameters data) {
        List<PartneredLtl.Pallet> pallets = new ArrayList<>();
        for (WebServiceParameters pallet : data.members("PalletList.member", MAX_PALLETS)) {
            WebServiceParameters dimensions = pallet.nested("Dimensions");
            String unit = dimensions.oneOf("Unit", List.of("inches", "centimeters"), null);
            if (unit == null) {
                throw new OperationFailure(MwsErrors.missingParameter(dimensions.fullName("Unit")));
            }
            BigDecimal length = side(dimensions, "Length");
            BigDecimal width = side(dimensions, "Width");
            BigDecimal height = side(dimensions, "Height");
            Boolean stacked = pallet.bool("IsStacked");
            if (stacked == null) {
                throw new OperationFailure(MwsErrors.missingParameter(pallet.fullName("IsStacked")));
            }
            PartneredLtl.Pallet read = new PartneredLtl.Pallet(unit, length, width, height,
                    weight(pallet.nested("Weight")), stacked);
            // The Pallet datatype: "Length and width must be 40 inches by 48 inches. Height must be less than or
            // equal to 60 inches." Centimetres are converted and allowed half an inch of rounding.
            double sideA = read.inches(length);
            double sideB = read.inches(width);
            boolean standard = (near(sideA, 40) && near(sideB, 48)) || (near(sideA, 48) && near(sideB, 40));
            if (!standard) {
                throw new OperationFailure(MwsErrors.invalidParameterValue(dimensions.fullName("Length") + "/Width",
                        length.toPlainString() + " x " + width.toPlainString() + " " + unit,
                        "a standard pallet of 40 by 48 inches"));
            }
            if (read.inches(height) > 60.5) {
                throw new OperationFailure(MwsErrors.invalidParameterValue(dimensions.fullName("Height"),
                        height.toPlainString(), "at most 60 inches"));
            }
            pallets.add(read);
        }
        if (pallets.isEmpty()) {
            throw noPallets(data.fullName("PalletList"));
        }
        return pallets;
    }

    private static PartneredLtl.Weight palletsWeight(WebServiceParameters data, List<PartneredLtl.Pallet> pallets) {
        BigDecimal pounds = BigDecimal.ZERO;
        for (PartneredLtl.Pallet pallet : pallets) {
            if (pallet.weight() == null) {
                // Without TotalWeight Amazon needs every pallet's weight to know what the carrier moves.
                throw new OperationFailure(MwsErrors.missingParameter(data.fullName("TotalWeight.Value")));
            }
            pounds = pounds.add(pallet.weight().pounds());
        }
        return new PartneredLtl.Weight("pounds", pounds.setScale(0, RoundingMode.HALF_UP));
    }

    /** A Weight structure (Unit pounds or kilograms, Value a whole number above 0), or {@code null} if not sent. */
    private static PartneredLtl.Weight weight(WebServiceParameters weight) {
        if (!weight.present()) {
            return null;
        }
        String unit = weight.oneOf("Unit", List.of("pounds", "kilograms"), null);
        if (unit == null) {
            throw new OperationFailure(MwsErrors.missingParameter(weight.fullName("Unit")));
        }
        if (weight.optional("Value") == null) {
            throw new OperationFailure(MwsErrors.missingParameter(weight.fullName("Value")));
        }
        // The Weight datatype's Value is an xs:int.
        return new PartneredLtl.Weight(unit, BigDecimal.valueOf(weight.integer("Value", 0, 1, 999_999)));
    }

    private static BigDecimal side(WebServiceParameters dimensions, String name) {
        BigDecimal side = dimensions.amount(name);
        if (side == null) {
            throw new OperationFailure(MwsErrors.missingParameter(dimensions.fullName(name)));
        }
        if (side.signum() == 0) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(dimensions.fullName(name), "0",
                    "a decimal greater than zero"));
        }
        return side;
    }

    private static boolean near(double side, double expected) {
        return Math.abs(side - expected) <= 0.5;
    }

    private static void maxLength(WebServiceParameters fields, Structure contact, String field, int max) {
        String value = contact.get(field);
        if (value.length() > max) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(fields.fullName(field), value,
                    "at most " + max + " characters"));
        }
    }

    /** The shipment's units at the seller's own listing prices: Amazon's idea of what the freight is worth. */
    private static BigDecimal unitsValue(InboundShipment shipment, OrderBook orderBook) {
        BigDecimal total = BigDecimal.ZERO;
        for (InboundItem item : shipment.items()) {
            Listing listing = orderBook.listings().find(shipment.marketplaceId(), item.sellerSku()).orElse(null);
            if (listing != null) {
                total = total.add(listing.price().multiply(BigDecimal.valueOf(item.quantityShipped())));
            }
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    /** The simulated day of a request, in UTC, that FreightReadyDate is counted from. */
    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
