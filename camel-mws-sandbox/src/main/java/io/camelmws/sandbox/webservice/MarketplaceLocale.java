package io.camelmws.sandbox.webservice;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/**
 * What a Reports or Feeds back-end derives from a marketplace (REFERENCE 3): the charset of flat files
 * (REFERENCE 7: windows-1252 in North America and Western Europe, Windows-31J — Microsoft's Shift_JIS — in Japan,
 * UTF-8 in China and where windows-1252 cannot write the language) and the zone of local report dates. Which
 * marketplaces the seller may use is the sellers package's business.
 */
public enum MarketplaceLocale {

    US("ATVPDKIKX0DER", Encoding.WESTERN, "America/Los_Angeles"),
    CA("A2EUQ1WTGCTBG2", Encoding.WESTERN, "America/Los_Angeles"),
    MX("A1AM78C64UM0Y8", Encoding.WESTERN, "America/Los_Angeles"),
    BR("A2Q3Y263D00KWC", Encoding.WESTERN, "America/Sao_Paulo"),
    DE("A1PA6795UKMFR9", Encoding.WESTERN, "Europe/Berlin"),
    ES("A1RKKUPIHCS9HS", Encoding.WESTERN, "Europe/Madrid"),
    FR("A13V1IB3VIYZZH", Encoding.WESTERN, "Europe/Paris"),
    IT("APJ6JRA9NG5V4", Encoding.WESTERN, "Europe/Rome"),
    UK("A1F83G8C2ARO7P", Encoding.WESTERN, "Europe/London"),
    NL("A1805IZSGTT6HS", Encoding.WESTERN, "Europe/Amsterdam"),
    SE("A2NODRKZP88ZB9", Encoding.WESTERN, "Europe/Stockholm"),
    BE("AMEN7PMS3EDWL", Encoding.WESTERN, "Europe/Brussels"),
    PL("A1C3SOZRARQ6R3", Encoding.UNICODE, "Europe/Warsaw"),
    TR("A33AVAJ2PDY3EV", Encoding.UNICODE, "Europe/Istanbul"),
    SA("A17E79C6D8DWNP", Encoding.UNICODE, "Asia/Riyadh"),
    EG("ARBP9OOSHTCHU", Encoding.UNICODE, "Africa/Cairo"),
    AE("A2VIGQ35RCS4UG", Encoding.UNICODE, "Asia/Dubai"),
    IN("A21TJRUUN4KGV", Encoding.UNICODE, "Asia/Kolkata"),
    JP("A1VC38T7YXB528", Encoding.JAPANESE, "Asia/Tokyo"),
    AU("A39IBJ37TRP1C6", Encoding.WESTERN, "Australia/Sydney"),
    SG("A19VAU5U5O7RUS", Encoding.WESTERN, "Asia/Singapore"),
    CN("AAHKV2X7AFYLW", Encoding.UNICODE, "Asia/Shanghai");

    /** Where a request names no marketplace: the sandbox seller's home marketplace, amazon.com. */
    public static final MarketplaceLocale DEFAULT = US;

    private final String id;
    private final Encoding encoding;
    private final ZoneId zone;

    MarketplaceLocale(String id, Encoding encoding, String zone) {
        this.id = id;
        this.encoding = encoding;
        this.zone = ZoneId.of(zone);
    }

    public String id() {
        return id;
    }

    /** The charset flat-file reports of this marketplace are written in. */
    public Charset reportCharset() {
        return encoding.report;
    }

    /** The charset label of flat-file reports, as it appears in their Content-Type. */
    public String reportCharsetLabel() {
        return encoding.reportLabel;
    }

    /** The charset a flat-file feed is read in when its Content-Type names none (REFERENCE 7.1's table). */
    public Charset feedCharset() {
        return encoding.feed;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The locale of the marketplace with this MarketplaceId; {@link #DEFAULT}'s for an unknown id. */
    public static MarketplaceLocale of(String marketplaceId) {
        for (MarketplaceLocale marketplace : values()) {
            if (marketplace.id.equals(marketplaceId)) {
                return marketplace;
            }
        }
        return DEFAULT;
    }

    private enum Encoding {
        WESTERN(Charset.forName("windows-1252"), "windows-1252", StandardCharsets.ISO_8859_1),
        JAPANESE(Charset.forName("windows-31j"), "Windows-31J", Charset.forName("windows-31j")),
        UNICODE(StandardCharsets.UTF_8, "UTF-8", StandardCharsets.UTF_8);

        final Charset report;
        final String reportLabel;
        final Charset feed;

        Encoding(Charset report, String reportLabel, Charset feed) {
            this.report = report;
            this.reportLabel = reportLabel;
            this.feed = feed;
        }
    }
}
