package io.camelmws.sandbox.feeds;

import io.camelmws.sandbox.webservice.MarketplaceLocale;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.function.Function;

/**
 * Processes a received feed by its FeedType's format, in the charset its Content-Type declared. A flat file
 * without a declared charset is read in its marketplace's default (REFERENCE 7.1: ISO-8859-1 in North America and
 * Europe, Windows-31J in Japan); an XML feed without one is read by its own prolog.
 */
final class FeedProcessor implements Function<ReceivedFeed, ProcessingReport> {

    private final FeedTypes types;

    FeedProcessor(FeedTypes types) {
        this.types = types;
    }

    @Override
    public ProcessingReport apply(ReceivedFeed feed) {
        FeedType type = types.find(feed.feedType());
        Charset declared;
        try {
            declared = feed.declaredCharset() == null ? null : Charset.forName(feed.declaredCharset());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return unreadable(type, "The Content-Type names charset " + feed.declaredCharset()
                    + ", which cannot be read.");
        }
        return switch (type.format()) {
            case XML -> XmlFeedProcessor.process(feed, type, declared);
            case FLAT -> FlatFileFeedProcessor.process(feed, declared != null ? declared : defaultCharset(feed));
            case OPAQUE -> new ProcessingReport(1, 1, 0, 0, List.of(), false, null);
        };
    }

    private static Charset defaultCharset(ReceivedFeed feed) {
        String marketplace = feed.marketplaceIds().isEmpty() ? MarketplaceLocale.DEFAULT.id()
                : feed.marketplaceIds().get(0);
        return MarketplaceLocale.of(marketplace).feedCharset();
    }

    private static ProcessingReport unreadable(FeedType type, String description) {
        boolean flat = type.format() == FeedType.Format.FLAT;
        return new ProcessingReport(0, 0, 1, 0, List.of(ProcessingReport.Result.error(0,
                flat ? FlatFileFeedProcessor.NO_HEADER : XmlFeedProcessor.FATAL, description, null)), flat,
                StandardCharsets.UTF_8);
    }
}
