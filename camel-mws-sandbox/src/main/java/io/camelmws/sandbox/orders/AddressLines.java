package io.camelmws.sandbox.orders;

import java.util.List;
import java.util.Map;

/**
 * The second address lines buyers write (a flat, a suite, a floor), per country; about one address in four has
 * one. Drawn from a stream of their own, so adding them changed no other generated value.
 */
final class AddressLines {

    private static final long STREAM = 7;
    private static final double SHARE = 0.25;

    private static final Map<String, List<String>> BY_COUNTRY = Map.of(
            "US", List.of("Apt ##", "Suite ###", "Unit #", "Apt #B"),
            "CA", List.of("Apt ###", "Suite ##", "app. ##"),
            "MX", List.of("Depto. ##", "Int. #", "Piso #"),
            "DE", List.of("#. OG", "Hinterhaus", "Whg. ##"),
            "GB", List.of("Flat #", "Flat ##", "Unit #"),
            "FR", List.of("Bâtiment B", "Appt ##", "Résidence Les Érables"),
            "IT", List.of("Scala B", "Interno ##", "Piano #"),
            "ES", List.of("#º B", "Piso #, puerta #", "Escalera B"),
            "JP", List.of("メゾン####号室", "ハイツ###号室", "#F"));

    private AddressLines() {
    }

    /** The second line of order {@code index}'s address, or {@code null} when it has none. */
    static String second(long seed, int index, String countryCode) {
        SeededRandom random = new SeededRandom(seed, index, STREAM);
        List<String> patterns = BY_COUNTRY.getOrDefault(countryCode, BY_COUNTRY.get("US"));
        return random.chance(SHARE) ? random.digits(random.pick(patterns)) : null;
    }
}
