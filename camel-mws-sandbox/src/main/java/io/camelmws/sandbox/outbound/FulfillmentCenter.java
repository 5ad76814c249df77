package io.camelmws.sandbox.outbound;

import java.util.List;
import java.util.Map;

/**
 * An Amazon fulfilment centre: where shipments leave from and returns go to. Places are where such centres are;
 * the street lines are made up.
 *
 * @param carriers the carrier codes that collect from it, the first one for standard speed
 */
public record FulfillmentCenter(String id, String line1, String city, String stateOrProvinceCode, String postalCode,
                         String countryCode, List<String> carriers) {

    private static final Map<String, List<FulfillmentCenter>> BY_COUNTRY = Map.of(
            "US", List.of(
                    new FulfillmentCenter("RNO1", "1600 E Newlands Dr", "Fernley", "NV", "89408", "US",
                            List.of("UPS", "USPS", "AMZN_US")),
                    new FulfillmentCenter("PHX6", "4750 W Mohave St", "Phoenix", "AZ", "85043", "US",
                            List.of("UPS", "USPS", "AMZN_US")),
                    new FulfillmentCenter("TPA1", "3350 Laurel Ave", "Ruskin", "FL", "33570", "US",
                            List.of("USPS", "UPS", "AMZN_US"))),
            "CA", List.of(new FulfillmentCenter("YYZ1", "6363 Millcreek Dr", "Mississauga", "ON", "L5N 1L8", "CA",
                    List.of("CANADA_POST", "UPS"))),
            "MX", List.of(new FulfillmentCenter("MEX1", "Av. Industrias 12", "Cuautitlán Izcalli", "Estado de México",
                    "54730", "MX", List.of("DHL", "ESTAFETA"))),
            "GB", List.of(new FulfillmentCenter("LTN1", "Marston Gate", "Ridgmont", "Bedfordshire", "MK43 0ZA", "GB",
                    List.of("ROYAL_MAIL", "DPD", "AMZN_UK"))),
            "DE", List.of(new FulfillmentCenter("FRA1", "Am Schloß Eichhof 1", "Bad Hersfeld", "Hessen", "36251", "DE",
                    List.of("DHL", "HERMES", "DPD"))),
            "FR", List.of(new FulfillmentCenter("ORY1", "1 rue Amazon", "Saran", "Centre-Val de Loire", "45770", "FR",
                    List.of("COLISSIMO", "CHRONOPOST"))),
            "IT", List.of(new FulfillmentCenter("MXP5", "Strada Dogana Po 2", "Castel San Giovanni", "Piacenza", "29015",
                    "IT", List.of("POSTE_ITALIANE", "BRT"))),
            "ES", List.of(new FulfillmentCenter("MAD4", "Avenida de la Astronomía 24", "San Fernando de Henares",
                    "Madrid", "28830", "ES", List.of("CORREOS", "SEUR"))),
            "JP", List.of(new FulfillmentCenter("NRT1", "1-1 Chiba Minato", "Ichikawa", "Chiba", "272-0193", "JP",
                    List.of("YAMATO", "SAGAWA", "JAPAN_POST"))));

    /** The centres that ship to, and take returns from, {@code countryCode}; the US ones for countries without any. */
    public static List<FulfillmentCenter> serving(String countryCode) {
        return BY_COUNTRY.getOrDefault(countryCode, BY_COUNTRY.get("US"));
    }

    /** The centre with this id, wherever it is; {@code null} for an unknown id. */
    public static FulfillmentCenter byId(String id) {
        for (List<FulfillmentCenter> centres : BY_COUNTRY.values()) {
            for (FulfillmentCenter centre : centres) {
                if (centre.id.equals(id)) {
                    return centre;
                }
            }
        }
        return null;
    }
}
