package io.camelmws.sandbox.webservice;

import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.sellers.Marketplaces;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Typed access to the parameters of a request, failing with the MWS error a wrong value earns
 * (MissingParameter, InvalidParameterValue) and naming the parameter, the value and what is allowed.
 * Lists use MWS's flattened form {@code ReportTypeList.Type.1}, {@code .2} ... (REFERENCE 4.4). Nested structures
 * ({@code DestinationAddress.City}, {@code Items.member.2.SellerSKU}) are read through {@link #nested(String)} and
 * {@link #members(String, int)}: views whose names are relative to the structure but whose errors name the whole
 * parameter, as a client sent it.
 */
public final class WebServiceParameters {

    private final Map<String, String> parameters;
    /** The structure this view reads, with its trailing dot ({@code Items.member.1.}); empty for the request. */
    private final String prefix;

    public WebServiceParameters(Map<String, String> parameters) {
        this(parameters, "");
    }

    private WebServiceParameters(Map<String, String> parameters, String prefix) {
        this.parameters = parameters;
        this.prefix = prefix;
    }

    /** The request parameter {@code name} of this view stands for ({@code DestinationAddress.City}). */
    public String fullName(String name) {
        return prefix + name;
    }

    /** The value, or {@code null} when absent or empty. */
    public String optional(String name) {
        String value = parameters.get(prefix + name);
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * The structure {@code name} ({@code DestinationAddress} of {@code DestinationAddress.City}), whether or not the
     * request sent any of its fields; see {@link #present()}.
     */
    public WebServiceParameters nested(String name) {
        return new WebServiceParameters(parameters, prefix + name + ".");
    }

    /** Whether the request sent any field of this structure (always true for the request itself). */
    public boolean present() {
        if (prefix.isEmpty()) {
            return true;
        }
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (parameter.getKey().startsWith(prefix) && !parameter.getValue().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The structures of a list of structures, {@code list.1.*}, {@code list.2.*} ... in index order, e.g.
     * {@code members("Items.member", 250)} for {@code Items.member.1.SellerSKU}. Gaps are skipped.
     *
     * @throws OperationFailure InvalidParameterValue for a member not numbered from 1 or more than {@code max}
     */
    public List<WebServiceParameters> members(String list, int max) {
        String start = prefix + list + ".";
        TreeMap<Integer, WebServiceParameters> members = new TreeMap<>();
        for (String name : parameters.keySet()) {
            if (!name.startsWith(start)) {
                continue;
            }
            String rest = name.substring(start.length());
            int dot = rest.indexOf('.');
            Integer index = dot < 0 ? null : index(rest.substring(0, dot), 4);
            if (index == null) {
                throw OperationFailure.invalid("Parameter " + name + " is invalid: members of " + prefix + list
                        + " are numbered " + start + "1." + "<Field>, " + start + "2." + "<Field>, ...");
            }
            members.computeIfAbsent(index, i -> new WebServiceParameters(parameters, start + i + "."));
        }
        if (members.size() > max) {
            throw OperationFailure.invalid(prefix + list + " has " + members.size() + " members; at most " + max
                    + " are allowed.");
        }
        return new ArrayList<>(members.values());
    }

    /** @throws OperationFailure MissingParameter when absent or empty */
    public String required(String name) {
        String value = optional(name);
        if (value == null) {
            throw new OperationFailure(MwsErrors.missingParameter(prefix + name));
        }
        return value;
    }

    /**
     * The members of {@code prefix.1}, {@code prefix.2} ... in index order, as Reports and Feeds read them: gaps,
     * empty members and members not numbered from 1 are skipped, as MWS did; e.g.
     * {@code list("ReportTypeList.Type", 100)}.
     *
     * @throws OperationFailure InvalidParameterValue when there are more than {@code max}
     */
    public List<String> list(String prefix, int max) {
        return members(prefix, max, false);
    }

    /**
     * The members of {@code prefix.1}, {@code prefix.2} ... in index order, as the Orders section reads them: gaps
     * are skipped, but an empty member counts (its value is then refused or matches nothing) and a member not
     * numbered from 1 ({@code MarketplaceId.Id.0}, {@code .x}) is refused.
     *
     * @throws OperationFailure InvalidParameterValue for a member not numbered from 1, or more than {@code max}
     */
    public List<String> strictList(String prefix, int max) {
        return members(prefix, max, true);
    }

    /** {@link #strictList(String, int)} without a limit. */
    public List<String> strictList(String prefix) {
        return members(prefix, Integer.MAX_VALUE, true);
    }

    private List<String> members(String list, int max, boolean strict) {
        String start = this.prefix + list + ".";
        TreeMap<Integer, String> members = new TreeMap<>();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (!name.startsWith(start)) {
                continue;
            }
            Integer index = index(name.substring(start.length()), strict ? 4 : 6);
            if (strict && index == null) {
                throw OperationFailure.invalid("Parameter " + name + " is invalid: list members are numbered "
                        + start + "1, " + start + "2, ...");
            }
            if (index != null && (strict || !parameter.getValue().isEmpty())) {
                members.put(index, parameter.getValue());
            }
        }
        if (members.size() > max) {
            throw OperationFailure.invalid(this.prefix + list + " has " + members.size() + " members; at most " + max
                    + " are allowed.");
        }
        return new ArrayList<>(members.values());
    }

    /**
     * The NextToken of a ByNextToken operation.
     *
     * @throws OperationFailure ValidationError in MWS's own wording when it is missing (REFERENCE 8.3)
     */
    public String nextToken() {
        String token = optional("NextToken");
        if (token == null) {
            throw new OperationFailure(MwsError.of(400, "ValidationError", "1 validation error detected: Value null "
                    + "at 'nextToken' failed to satisfy constraint: Member must not be null"));
        }
        return token;
    }

    /**
     * {@code MarketplaceIdList.Id.n}, or the deprecated scalar {@code Marketplace} the official clients still
     * send (REFERENCE 4.1); empty when neither is given.
     *
     * @throws OperationFailure InvalidParameterValue for a marketplace the seller does not sell in
     */
    public List<String> marketplaceIds() {
        List<String> ids = list("MarketplaceIdList.Id", 100);
        String parameter = "MarketplaceIdList.Id";
        if (ids.isEmpty() && optional("Marketplace") != null) {
            ids = List.of(optional("Marketplace"));
            parameter = "Marketplace";
        }
        for (String id : ids) {
            if (Marketplaces.byId(id).isEmpty()) {
                throw new OperationFailure(MwsErrors.invalidParameterValue(parameter, id,
                        "a marketplace the seller participates in: " + Marketplaces.allowedIds()));
            }
        }
        return ids;
    }

    /** Whether any parameter is {@code name} itself or lies below {@code name.}. */
    public boolean has(String name) {
        if (optional(name) != null) {
            return true;
        }
        String start = this.prefix + name + ".";
        return parameters.keySet().stream().anyMatch(key -> key.startsWith(start));
    }

    /**
     * The structures {@code prefix.1.*}, {@code prefix.2.*} ... in index order, each with its prefix taken off:
     * {@code structures("CategoryQueryList.CategoryQuery")} gives one entry per category query.
     *
     * @throws OperationFailure InvalidParameterValue for a member not numbered from 1, or more than {@code max}
     */
    public List<WebServiceParameters> structures(String prefix, int max) {
        String start = this.prefix + prefix + ".";
        TreeMap<Integer, Map<String, String>> members = new TreeMap<>();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (!name.startsWith(start)) {
                continue;
            }
            String rest = name.substring(start.length());
            int dot = rest.indexOf('.');
            Integer index = dot < 0 ? null : index(rest.substring(0, dot), 4);
            if (index == null) {
                throw OperationFailure.invalid("Parameter " + name + " is invalid: members are numbered " + start
                        + "1." + "<Field>, " + start + "2.<Field>, ...");
            }
            members.computeIfAbsent(index, i -> new TreeMap<>()).put(rest.substring(dot + 1), parameter.getValue());
        }
        if (members.size() > max) {
            throw OperationFailure.invalid(prefix + " has " + members.size() + " members; at most " + max
                    + " are allowed.");
        }
        List<WebServiceParameters> structures = new ArrayList<>();
        members.values().forEach(member -> structures.add(new WebServiceParameters(member)));
        return structures;
    }

    /**
     * The scalar {@code MarketplaceId} of the sections that take one marketplace per request (Products,
     * Subscriptions, Recommendations...).
     *
     * @param alsoAllowed marketplaces accepted besides the seller's own (a section's home marketplace)
     * @throws OperationFailure MissingParameter, or InvalidParameterValue for a marketplace not allowed
     */
    public String marketplaceId(Collection<String> alsoAllowed) {
        String id = required("MarketplaceId");
        if (Marketplaces.byId(id).isEmpty() && !alsoAllowed.contains(id)) {
            String allowed = Marketplaces.allowedIds() + (alsoAllowed.isEmpty() ? "" : ", " + String.join(", ",
                    alsoAllowed));
            throw new OperationFailure(MwsErrors.invalidParameterValue("MarketplaceId", id,
                    "a marketplace the seller participates in: " + allowed));
        }
        return id;
    }

    /** A decimal number from 0, or {@code null} when absent. */
    public java.math.BigDecimal decimal(String name) {
        String value = optional(name);
        if (value == null) {
            return null;
        }
        try {
            java.math.BigDecimal number = new java.math.BigDecimal(value.trim());
            if (number.signum() >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new OperationFailure(MwsErrors.invalidParameterValue(name, value, "a decimal number from 0"));
    }

    /** Requires the value to be one of {@code allowed}; returns it, or {@code null} when absent. */
    public String oneOf(String name, Collection<String> allowed) {
        String value = optional(name);
        if (value != null && !allowed.contains(value)) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(name, value, String.join(", ", allowed)));
        }
        return value;
    }

    /** {@code true}/{@code false} in any case, or {@code null} when absent. */
    public Boolean bool(String name) {
        String value = optional(name);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new OperationFailure(MwsErrors.invalidParameterValue(prefix + name, value,
                    "true or false"));
        };
    }

    /** An integer from {@code min} to {@code max}, or {@code fallback} when absent. */
    public int integer(String name, int fallback, int min, int max) {
        String value = optional(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new OperationFailure(MwsErrors.invalidParameterValue(prefix + name, value, "an integer from " + min
                + " to " + max));
    }

    /** An ISO 8601 date-time, or {@code fallback} when absent. */
    public Instant date(String name, Instant fallback) {
        Instant instant = WebServiceDates.parse(prefix + name, optional(name));
        return instant == null ? fallback : instant;
    }

    /** A decimal number of 0 or more, or {@code null} when absent. */
    public BigDecimal amount(String name) {
        String value = optional(name);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.trim());
            if (amount.signum() >= 0) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new OperationFailure(MwsErrors.invalidParameterValue(prefix + name, value, "a decimal number of 0 or more"));
    }

    /** One of {@code allowed}, or {@code fallback} when absent. */
    public String oneOf(String name, Collection<String> allowed, String fallback) {
        String value = optional(name);
        if (value == null) {
            return fallback;
        }
        if (!allowed.contains(value)) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(prefix + name, value, String.join(", ", allowed)));
        }
        return value;
    }

    /** Every value must be one of {@code allowed}. */
    public static void requireAll(String parameter, List<String> values, Collection<String> allowed) {
        for (String value : values) {
            if (!allowed.contains(value)) {
                throw new OperationFailure(MwsErrors.invalidParameterValue(parameter, value,
                        String.join(", ", allowed)));
            }
        }
    }

    /** Writes {@code values} as the list parameters {@code prefix.1}, {@code prefix.2}, ... */
    public static void putList(Map<String, String> parameters, String prefix, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            parameters.put(prefix + "." + (i + 1), values.get(i));
        }
    }

    private static Integer index(String digits, int maxDigits) {
        if (digits.isEmpty() || digits.length() > maxDigits) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return null;
            }
        }
        int index = Integer.parseInt(digits);
        return index >= 1 ? index : null;
    }
}
