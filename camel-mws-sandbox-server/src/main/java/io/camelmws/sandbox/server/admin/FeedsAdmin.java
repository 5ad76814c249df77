package io.camelmws.sandbox.server.admin;

import io.camelmws.sandbox.feeds.FeedStore;
import io.camelmws.sandbox.feeds.ReceivedFeed;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin routes of the feeds: {@code GET /__sandbox/feeds} lists what SubmitFeed received (as
 * {@link ReceivedFeed}, without the bodies), {@code GET /__sandbox/feeds/content?id=...} gives one body in base64.
 */
public final class FeedsAdmin {

    public static final String LIST_PATH = "/__sandbox/feeds";
    public static final String CONTENT_PATH = "/__sandbox/feeds/content";

    /** Bodies larger than this are not sent through the admin API; read {@link ReceivedFeed#path()} instead. */
    static final long MAX_CONTENT_BYTES = 16L << 20;

    private FeedsAdmin() {
    }

    public static AdminHandler list(FeedStore store) {
        return (body, query) -> {
            List<Object> feeds = new ArrayList<>();
            for (ReceivedFeed feed : store.all()) {
                feeds.add(describe(feed));
            }
            return AdminResponse.ok(Json.write(feeds));
        };
    }

    public static AdminHandler content(FeedStore store) {
        return (body, query) -> {
            String id = query.get("id");
            if (id == null || id.isEmpty()) {
                throw new IllegalArgumentException("Name the feed: " + CONTENT_PATH + "?id=<FeedSubmissionId>");
            }
            ReceivedFeed feed = store.find(id).orElse(null);
            if (feed == null) {
                return AdminResponse.error(404, "No feed " + id + " was received since the last reset");
            }
            if (feed.size() > MAX_CONTENT_BYTES) {
                return AdminResponse.error(413, "Feed " + id + " has " + feed.size() + " bytes; the admin API sends "
                        + "bodies up to " + MAX_CONTENT_BYTES + " bytes. Read the file at " + feed.path());
            }
            Map<String, Object> described = describe(feed);
            described.put("contentBase64", Base64.getEncoder().encodeToString(feed.content()));
            return AdminResponse.ok(Json.write(described));
        };
    }

    private static Map<String, Object> describe(ReceivedFeed feed) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("feedSubmissionId", feed.feedSubmissionId());
        entry.put("feedType", feed.feedType());
        entry.put("contentType", feed.contentType());
        entry.put("declaredCharset", feed.declaredCharset());
        entry.put("size", feed.size());
        entry.put("md5", feed.md5Base64());
        entry.put("path", feed.path().toString());
        entry.put("marketplaceIds", feed.marketplaceIds());
        entry.put("purgeAndReplace", feed.purgeAndReplace());
        entry.put("feedOptions", feed.feedOptions());
        entry.put("submittedAt", feed.submittedAt().toString());
        return entry;
    }
}
