package io.camelmws.component.param;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import io.camelmws.component.catalog.ListNaming;
import io.camelmws.component.catalog.Operation;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.catalog.Section;

/**
 * Builds the operation's parameters from what the user gave (URI {@code param.*} options, the
 * {@code CamelMwsParameters} header, the {@code marketplaceId} option): formats values, expands lists with
 * the catalog's naming, and checks the catalog's required parameters before anything is sent.
 */
public final class ParameterBinder {

    /** Parameters the component sets itself; each maps to the option a user should set instead. */
    private static final Map<String, String> RESERVED = Map.ofEntries(
            Map.entry("AWSAccessKeyId", "accessKey"),
            Map.entry("Action", "the endpoint path (mws:Action)"),
            Map.entry("SellerId", "sellerId"),
            Map.entry("Merchant", "sellerId"),
            Map.entry("MWSAuthToken", "authToken"),
            Map.entry("Signature", "secretKey"),
            Map.entry("SignatureMethod", "signatureMethod"),
            Map.entry("SignatureVersion", "signatureMethod"),
            Map.entry("Timestamp", "nothing: the component stamps every request"),
            Map.entry("Version", "version"),
            Map.entry("ContentMD5Value", "nothing: the component computes it from the feed"));

    private ParameterBinder() {
    }

    /**
     * @param parameters    operation parameters by MWS name; a null value removes a parameter set at a lower level
     * @param marketplaceIds the endpoint's marketplace ids, sent when the operation takes them and the user did not
     *                      give the marketplace parameter explicitly
     */
    public static SortedMap<String, String> bind(ResolvedOperation target, Map<String, Object> parameters, List<String> marketplaceIds) {
        SortedMap<String, String> bound = new TreeMap<>();
        Section section = target.section();
        Operation operation = target.operation();
        for (Map.Entry<String, Object> entry : parameters.entrySet()) {
            String name = entry.getKey();
            Object value = entry.getValue();
            checkName(name);
            if (value == null) {
                continue;
            }
            if (name.indexOf('.') >= 0) {
                // Already flattened by the caller (MarketplaceId.Id.1, Destination.AttributeList.member.1.Key).
                if (isMultiValued(value)) {
                    throw new IllegalArgumentException("MWS parameter " + name + " is already an expanded list element but got several values");
                }
                bound.put(name, ParameterValues.format(name, value));
                continue;
            }
            ListNaming naming = section.listNaming(operation, name);
            if (value instanceof Map<?, ?> structure) {
                putStructure(bound, target, name, structure);
            } else if (naming.isList()) {
                putList(bound, target, naming, name, values(name, value));
            } else if (isMultiValued(value)) {
                throw new IllegalArgumentException("MWS parameter " + name + " of " + target.action() + " got several values, but the catalog"
                                                   + " does not know it as a list; send its elements with expanded names such as "
                                                   + name + ".Member.1");
            } else {
                bound.put(name, ParameterValues.format(name, value));
            }
        }
        addMarketplaces(bound, target, marketplaceIds);
        checkRequired(bound, target);
        return bound;
    }

    private static void addMarketplaces(SortedMap<String, String> bound, ResolvedOperation target, List<String> marketplaceIds) {
        ListNaming naming = target.section().marketplaceParameter();
        if (marketplaceIds.isEmpty() || naming == null || !target.operation().takesMarketplace() || isPresent(bound, naming.name())) {
            return;
        }
        if (naming.isList()) {
            putList(bound, target, naming, naming.name(), new ArrayList<>(marketplaceIds));
        } else if (marketplaceIds.size() == 1) {
            bound.put(naming.name(), marketplaceIds.get(0));
        } else {
            throw new IllegalArgumentException("marketplaceId has " + marketplaceIds.size() + " ids " + marketplaceIds + ", but "
                                               + target.section().name() + " operations take exactly one " + naming.name());
        }
    }

    private static void checkRequired(SortedMap<String, String> bound, ResolvedOperation target) {
        Operation operation = target.operation();
        for (String required : operation.required()) {
            if (!isPresent(bound, required)) {
                String hint = isMarketplace(target, required) ? " (set the marketplaceId option or param." + required + ")"
                        : " (set param." + required + " or put it in the CamelMwsParameters header)";
                throw new IllegalArgumentException("MWS action " + target.action() + " requires parameter " + required + hint);
            }
        }
        for (List<String> group : operation.requiredOneOf()) {
            if (group.stream().noneMatch(name -> isPresent(bound, name))) {
                throw new IllegalArgumentException("MWS action " + target.action() + " requires one of the parameters " + String.join(", ", group));
            }
        }
    }

    private static boolean isMarketplace(ResolvedOperation target, String parameter) {
        ListNaming naming = target.section().marketplaceParameter();
        return naming != null && naming.name().equals(parameter);
    }

    /** A parameter counts as present under its own name or as an expanded list ({@code Name.Member.n}). */
    private static boolean isPresent(SortedMap<String, String> bound, String name) {
        if (bound.containsKey(name)) {
            return true;
        }
        String prefix = name + '.';
        SortedMap<String, String> after = bound.tailMap(prefix);
        return !after.isEmpty() && after.firstKey().startsWith(prefix);
    }

    /**
     * A list's elements at {@code path.member.n} ({@code path} is where the list sits: {@code Items}, or
     * {@code ShipmentRequestDetails.ItemList} inside a structure); an element that is a Map is a structure whose
     * fields go under its own name ({@code Items.member.1.SellerSKU}).
     */
    private static void putList(SortedMap<String, String> bound, ResolvedOperation target, ListNaming naming, String path,
                                List<?> values) {
        int index = 1;
        for (Object element : values) {
            String name = path + '.' + naming.member() + '.' + index++;
            if (element instanceof Map<?, ?> structure) {
                putStructure(bound, target, name, structure);
            } else {
                bound.put(name, ParameterValues.format(name, element));
            }
        }
    }

    /**
     * A structure given as a Map ({@code DestinationAddress -> {Name, City, ...}}), flattened as MWS names its fields
     * ({@code DestinationAddress.City}); a field holding a list is expanded with the catalog's naming of that list,
     * a field holding a Map is a structure again.
     */
    private static void putStructure(SortedMap<String, String> bound, ResolvedOperation target, String path, Map<?, ?> structure) {
        for (Map.Entry<?, ?> field : structure.entrySet()) {
            if (!(field.getKey() instanceof String key) || key.isBlank()) {
                throw new IllegalArgumentException("MWS parameter " + path + " is a Map whose keys must be field names, but has the key "
                                                   + field.getKey());
            }
            String name = path + '.' + key;
            Object value = field.getValue();
            if (value == null) {
                continue;
            }
            if (value instanceof Map<?, ?> inner) {
                putStructure(bound, target, name, inner);
            } else if (isMultiValued(value)) {
                ListNaming naming = target.section().listNaming(target.operation(), key);
                if (!naming.isList()) {
                    throw new IllegalArgumentException("MWS parameter " + name + " of " + target.action() + " got several values, but the"
                                                       + " catalog does not know " + key + " as a list; send its elements with expanded"
                                                       + " names such as " + name + ".member.1");
                }
                putList(bound, target, naming, name, values(name, value));
            } else {
                bound.put(name, ParameterValues.format(name, value));
            }
        }
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An MWS parameter has an empty name");
        }
        String option = RESERVED.get(name);
        if (option != null) {
            throw new IllegalArgumentException("MWS parameter " + name + " is set by the component; set " + option + " instead");
        }
    }

    private static boolean isMultiValued(Object value) {
        return value instanceof Collection<?> || (value.getClass().isArray() && !(value instanceof char[]));
    }

    /** The elements of a list value; a String is split on commas because that is how lists fit in a URI. */
    private static List<Object> values(String name, Object value) {
        List<Object> values = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            values.addAll(collection);
        } else if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                values.add(Array.get(value, i));
            }
        } else if (value instanceof CharSequence text) {
            for (String part : text.toString().split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        } else {
            values.add(value);
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("MWS list parameter " + name + " is empty");
        }
        if (values.stream().anyMatch(v -> v == null)) {
            throw new IllegalArgumentException("MWS list parameter " + name + " contains a null element");
        }
        return values;
    }
}
