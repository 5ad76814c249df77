package io.camelmws.component.catalog;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the component knows about MWS: sections, operations, quotas, list naming, endpoints and
 * marketplaces. Loaded once from {@code mws-catalog.json}; adding an operation is a change to that file.
 */
public final class MwsCatalog {

    private static final class Holder {
        static final MwsCatalog STANDARD = CatalogLoader.load();
    }

    private final List<Section> sections;
    private final Map<String, String> regions;
    private final List<Marketplace> marketplaces;
    private final RetryableErrors retryableErrors;
    private final java.util.regex.Pattern flatFileFeedTypes;
    private final Map<String, List<Operation>> operationsByName = new LinkedHashMap<>();

    MwsCatalog(List<Section> sections, Map<String, String> regions, List<Marketplace> marketplaces, RetryableErrors retryableErrors,
               java.util.regex.Pattern flatFileFeedTypes) {
        this.flatFileFeedTypes = flatFileFeedTypes;
        this.sections = sections;
        this.retryableErrors = retryableErrors;
        this.regions = regions;
        this.marketplaces = marketplaces;
        for (Section section : sections) {
            for (Operation operation : section.operations().values()) {
                operationsByName.computeIfAbsent(operation.name(), name -> new ArrayList<>()).add(operation);
            }
        }
    }

    /** The catalog shipped with the component. */
    public static MwsCatalog standard() {
        return Holder.STANDARD;
    }

    /** Which MWS error answers may succeed when sent again. */
    /** Whether a feed of {@code feedType} is a tab-separated text file, sent in the marketplace's flat-file charset. */
    public boolean isFlatFileFeed(String feedType) {
        return feedType != null && flatFileFeedTypes.matcher(feedType).matches();
    }

    public RetryableErrors errors() {
        return retryableErrors;
    }

    public List<Section> sections() {
        return sections;
    }

    public List<Marketplace> marketplaces() {
        return marketplaces;
    }

    public Optional<Section> section(String name) {
        return sections.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    public Section sectionOf(Operation operation) {
        return section(operation.sectionName()).orElseThrow();
    }

    /** Every operation with this Action name; more than one for GetServiceStatus. */
    public List<Operation> operationsNamed(String action) {
        return operationsByName.getOrDefault(action, List.of());
    }

    public Optional<Marketplace> marketplaceById(String marketplaceId) {
        return marketplaces.stream().filter(m -> m.id().equals(marketplaceId)).findFirst();
    }

    /**
     * Turns the {@code endpoint} option into a base URL: a region code (NA, EU, FE, IN, CN), a marketplace
     * code (US, DE, JP, ...) or a URL. Plain HTTP is refused except on loopback addresses.
     */
    public String resolveEndpoint(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            throw new IllegalArgumentException("endpoint must be set: a region (" + String.join(", ", regions.keySet())
                                               + "), a marketplace code (" + marketplaceCodes() + ") or a base URL");
        }
        String code = endpoint.trim().toUpperCase(Locale.ROOT);
        String regionUrl = regions.get(code);
        if (regionUrl != null) {
            return regionUrl;
        }
        for (Marketplace marketplace : marketplaces) {
            if (marketplace.code().equals(code) || marketplace.aliases().contains(code)) {
                return marketplace.endpoint();
            }
        }
        return checkedUrl(endpoint.trim());
    }

    private String checkedUrl(String endpoint) {
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("endpoint '" + endpoint + "' is neither a region (" + String.join(", ", regions.keySet())
                                               + "), a marketplace code nor a valid URL", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("endpoint '" + endpoint + "' is neither a region (" + String.join(", ", regions.keySet())
                                               + "), a marketplace code (" + marketplaceCodes() + ") nor an http(s) URL with a host");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("endpoint '" + endpoint + "' uses plain HTTP; MWS requires HTTPS"
                                               + " (http:// is allowed only for loopback addresses such as the sandbox)");
        }
        String url = endpoint;
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    /** Loopback by name or literal only: a DNS lookup here would make a configuration check depend on the network. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1") || h.matches("127(\\.\\d{1,3}){3}");
    }

    private String marketplaceCodes() {
        return marketplaces.stream().map(Marketplace::code).collect(Collectors.joining(", "));
    }

    /** The known Action names closest to {@code action}, for error messages. */
    public List<String> nearestActions(String action, int max) {
        String wanted = action.toLowerCase(Locale.ROOT);
        // A long shared prefix says more about intent than raw edit distance: ListOrdersFaster means ListOrders.
        return operationsByName.keySet().stream()
                .sorted(Comparator.comparingInt((String name) -> -EditDistance.commonPrefix(wanted, name.toLowerCase(Locale.ROOT)))
                        .thenComparingInt(name -> EditDistance.between(wanted, name.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(max)
                .toList();
    }
}
