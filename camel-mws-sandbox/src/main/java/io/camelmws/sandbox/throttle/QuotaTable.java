package io.camelmws.sandbox.throttle;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.catalog.SectionCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which bucket and which limits apply to each operation: MWS's published values from {@code quotas.properties}
 * next to this class, with per-account overrides (accounts could have raised limits) on top.
 */
public final class QuotaTable {

    private static final String RESOURCE = "quotas.properties";
    private static final String ITEMS_PREFIX = "items.";
    private static final Pattern PERIOD = Pattern.compile("(\\d+)(ms|s|min)");

    /** Section name, then action; operations without published limits are absent. */
    private final Map<String, Map<String, Rule>> rules;

    private QuotaTable(Map<String, Map<String, Rule>> rules) {
        this.rules = rules;
    }

    /**
     * How one operation is throttled.
     *
     * @param bucket the bucket the operation draws from, {@code Section/Name}; shared buckets have one name
     * @param label  the operation as MWS names it in QuotaExceeded, {@code Section/Version/Operation}
     * @param quota  its limits
     * @param itemList the list parameter whose entries the bucket counts ({@code SellerSKUList.SellerSKU}), or
     *               {@code null} when it counts requests
     */
    public record Rule(String bucket, String label, Quota quota, String itemList) {

        /**
         * What one request costs the bucket: 1, or for an operation that counts items the number of distinct
         * entries {@code itemList.n} (a structured entry such as {@code FeesEstimateRequest.1.IdType} counts
         * once), at least 1 and at most the maximum quota, so that an oversized request is refused by the
         * operation instead of being throttled for ever.
         */
        public int cost(Map<String, String> parameters) {
            if (itemList == null) {
                return 1;
            }
            String prefix = itemList + ".";
            Set<String> entries = new HashSet<>();
            for (String name : parameters.keySet()) {
                if (name.startsWith(prefix)) {
                    int dot = name.indexOf('.', prefix.length());
                    entries.add(dot < 0 ? name.substring(prefix.length()) : name.substring(prefix.length(), dot));
                }
            }
            return Math.max(1, Math.min(entries.size(), quota.maxRequests()));
        }
    }

    /** The published values for {@code catalog}, with {@code overrides} by operation or bucket name. */
    public static QuotaTable load(SectionCatalog catalog, Map<String, Quota> overrides) {
        Properties data = new Properties();
        try (InputStream in = QuotaTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Quota resource " + RESOURCE + " is missing from the sandbox jar");
            }
            data.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read quota resource " + RESOURCE, e);
        }
        return fromProperties(catalog, data, overrides);
    }

    static QuotaTable fromProperties(SectionCatalog catalog, Properties data, Map<String, Quota> overrides) {
        Map<String, String> bucketOf = sharedBuckets(catalog, data);
        Map<String, Boolean> overrideUsed = new HashMap<>();
        overrides.keySet().forEach(name -> overrideUsed.put(name, false));
        Map<String, Map<String, Rule>> rules = new HashMap<>();
        Map<String, String> itemLists = itemLists(catalog, data);
        for (String key : data.stringPropertyNames()) {
            if (!key.startsWith("shared.") && !key.startsWith(ITEMS_PREFIX)) {
                checkKey(catalog, key);
            }
        }
        for (Section section : catalog.sections()) {
            Map<String, Rule> ofSection = new HashMap<>();
            for (String action : section.operations()) {
                String bucketName = bucketOf.getOrDefault(section.name() + "." + action, action);
                Quota quota = null;
                for (String name : new String[] {section.name() + "/" + action, action,
                        section.name() + "/" + bucketName, bucketName}) {
                    if (overrides.containsKey(name)) {
                        quota = overrides.get(name);
                        overrideUsed.put(name, true);
                        break;
                    }
                }
                if (quota == null) {
                    quota = published(data, section.name(), bucketName);
                }
                if (quota != null) {
                    ofSection.put(action, new Rule(section.name() + "/" + bucketName,
                            section.name() + "/" + section.version() + "/" + action, quota,
                            itemLists.get(section.name() + "." + action)));
                }
            }
            rules.put(section.name(), Map.copyOf(ofSection));
        }
        overrideUsed.forEach((name, used) -> {
            if (!used) {
                throw new IllegalArgumentException("quota names no known operation or shared bucket: " + name
                        + " (use an operation name such as SubmitFeed or ListOrders, optionally as Section/Operation)");
            }
        });
        return new QuotaTable(Map.copyOf(rules));
    }

    /** The rule for {@code action} of {@code section}, or {@code null} when it is not throttled. */
    public Rule rule(Section section, String action) {
        Map<String, Rule> ofSection = rules.get(section.name());
        return ofSection == null ? null : ofSection.get(action);
    }

    /** {@code 500ms}, {@code 45s}, {@code 5min}. */
    static Duration parsePeriod(String text, String key) {
        Matcher matcher = PERIOD.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalStateException("Quota resource " + RESOURCE + ": " + key + " has restore period " + text
                    + "; expected a whole number with ms, s or min, e.g. 45s");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
    }

    private static Quota published(Properties data, String section, String bucketName) {
        String key = section + "." + bucketName;
        String value = data.getProperty(key);
        if (value == null && "GetServiceStatus".equals(bucketName)) {
            key = "*.GetServiceStatus";
            value = data.getProperty(key);
        }
        if (value == null) {
            key = section + ".*";
            value = data.getProperty(key);
        }
        return value == null ? null : parseQuota(key, value);
    }

    private static Quota parseQuota(String key, String value) {
        String[] words = value.trim().split("\\s+");
        if (words.length < 2 || words.length > 3) {
            throw new IllegalStateException("Quota resource " + RESOURCE + ": " + key + " = " + value
                    + "; expected <maximum request quota> <restore period> [<hourly request quota>]");
        }
        try {
            return new Quota(Integer.parseInt(words[0]), parsePeriod(words[1], key),
                    words.length == 3 ? Integer.valueOf(words[2]) : null);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Quota resource " + RESOURCE + ": " + key + " = " + value
                    + " has a quota that is not a whole number", e);
        }
    }

    /** {@code Section.Operation} to the list parameter its bucket counts, from the {@code items.} lines. */
    private static Map<String, String> itemLists(SectionCatalog catalog, Properties data) {
        Map<String, String> itemLists = new HashMap<>();
        for (String key : data.stringPropertyNames()) {
            if (key.startsWith(ITEMS_PREFIX)) {
                String[] parts = key.split("\\.");
                String list = data.getProperty(key).trim();
                if (parts.length != 3 || catalog.section(parts[1]) == null
                        || !catalog.section(parts[1]).hasOperation(parts[2]) || list.isEmpty()) {
                    throw new IllegalStateException("Quota resource " + RESOURCE + ": " + key + " = " + list
                            + " must read items.<Section>.<Operation> = <list parameter> with a known operation");
                }
                itemLists.put(parts[1] + "." + parts[2], list);
            }
        }
        return itemLists;
    }

    private static Map<String, String> sharedBuckets(SectionCatalog catalog, Properties data) {
        Map<String, String> bucketOf = new LinkedHashMap<>();
        for (String key : data.stringPropertyNames()) {
            if (key.startsWith("shared.")) {
                String[] parts = key.split("\\.");
                if (parts.length != 3 || catalog.section(parts[1]) == null) {
                    throw new IllegalStateException("Quota resource " + RESOURCE + ": " + key
                            + " must read shared.<Section>.<Bucket> with a known section");
                }
                for (String action : data.getProperty(key).trim().split("\\s+")) {
                    if (!catalog.section(parts[1]).hasOperation(action)) {
                        throw new IllegalStateException("Quota resource " + RESOURCE + ": " + key
                                + " names " + action + ", which is no operation of section " + parts[1]);
                    }
                    bucketOf.put(parts[1] + "." + action, parts[2]);
                }
            }
        }
        return bucketOf;
    }

    /** A typo in the data must fail loudly instead of leaving an operation silently unthrottled. */
    private static void checkKey(SectionCatalog catalog, String key) {
        int dot = key.indexOf('.');
        String sectionName = dot < 0 ? key : key.substring(0, dot);
        String action = dot < 0 ? "" : key.substring(dot + 1);
        boolean known = "*".equals(sectionName)
                ? catalog.sections().stream().anyMatch(section -> section.hasOperation(action))
                : catalog.section(sectionName) != null
                        && ("*".equals(action) || catalog.section(sectionName).hasOperation(action));
        if (!known) {
            throw new IllegalStateException("Quota resource " + RESOURCE + " has a line for " + key
                    + ", which names no section and operation of the catalog");
        }
    }
}
