package io.camelmws.sandbox.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads MWS list parameters, {@code Name.Member.1}, {@code Name.Member.2}, ... (REFERENCE 4.4). */
final class ListParameters {

    private ListParameters() {
    }

    /** The members of {@code prefix} (e.g. {@code MarketplaceId.Id}) by position; malformed positions are refused. */
    static List<String> values(Map<String, String> parameters, String prefix) {
        TreeMap<Integer, String> byPosition = new TreeMap<>();
        String dotted = prefix + ".";
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (!name.startsWith(dotted)) {
                continue;
            }
            String position = name.substring(dotted.length());
            boolean number = !position.isEmpty() && position.length() <= 4
                    && position.chars().allMatch(c -> c >= '0' && c <= '9');
            int index = number ? Integer.parseInt(position) : 0;
            if (index < 1) {
                throw RequestRejected.invalid("Parameter " + name + " is invalid: list members are numbered "
                        + dotted + "1, " + dotted + "2, ...");
            }
            byPosition.put(index, parameter.getValue());
        }
        return new ArrayList<>(byPosition.values());
    }
}
