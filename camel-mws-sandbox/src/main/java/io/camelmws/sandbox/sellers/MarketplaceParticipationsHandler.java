package io.camelmws.sandbox.sellers;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * ListMarketplaceParticipations and ListMarketplaceParticipationsByNextToken: the seller's participations and
 * the marketplaces they are in, {@code pageSize} of each per page. Real MWS pages only for sellers in very many
 * marketplaces; the page size is configurable so that clients can be tested on the NextToken path.
 */
final class MarketplaceParticipationsHandler implements OperationHandler {

    static final String LIST = "ListMarketplaceParticipations";
    static final String BY_NEXT_TOKEN = "ListMarketplaceParticipationsByNextToken";

    private static final String TOKEN_PREFIX = "sellers-participations:";

    private final String sellerId;
    private final int pageSize;

    MarketplaceParticipationsHandler(String sellerId, int pageSize) {
        this.sellerId = sellerId;
        this.pageSize = pageSize;
    }

    @Override
    public SandboxResponse handle(OperationCall call) {
        int offset = 0;
        if (BY_NEXT_TOKEN.equals(call.action())) {
            String token = call.parameter("NextToken");
            if (token == null || token.isEmpty()) {
                return error(call, MwsErrors.missingParameter("NextToken"));
            }
            offset = offsetOf(token);
            if (offset < 0) {
                return error(call, MwsError.of(400, "InvalidParameterValue", "Invalid NextToken " + token
                        + ": pass the NextToken of the previous ListMarketplaceParticipations page unchanged."));
            }
        }
        List<Marketplace> marketplaces = Marketplaces.seller();
        int end = Math.min(marketplaces.size(), offset + pageSize);
        List<Marketplace> page = marketplaces.subList(offset, end);
        XmlWriter xml = new XmlWriter().root(call.action() + "Response", call.section().namespace())
                .start(call.action() + "Result");
        if (end < marketplaces.size()) {
            xml.element("NextToken", tokenFor(end));
        }
        xml.start("ListParticipations");
        for (Marketplace marketplace : page) {
            xml.start("Participation")
                    .element("MarketplaceId", marketplace.marketplaceId())
                    .element("SellerId", sellerId)
                    .element("HasSellerSuspendedListings", "No")
                    .end("Participation");
        }
        xml.end("ListParticipations").start("ListMarketplaces");
        for (Marketplace marketplace : page) {
            xml.start("Marketplace")
                    .element("MarketplaceId", marketplace.marketplaceId())
                    .element("Name", marketplace.name())
                    .element("DefaultCountryCode", marketplace.countryCode())
                    .element("DefaultCurrencyCode", marketplace.currencyCode())
                    .element("DefaultLanguageCode", marketplace.languageCode())
                    .element("DomainName", marketplace.domainName())
                    .end("Marketplace");
        }
        return SandboxResponse.xml(xml.end("ListMarketplaces")
                .end(call.action() + "Result")
                .start("ResponseMetadata")
                .element("RequestId", call.requestId())
                .end("ResponseMetadata")
                .end(call.action() + "Response")
                .toBytes());
    }

    private static String tokenFor(int offset) {
        return Base64.getEncoder().encodeToString((TOKEN_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset a token stands for, or -1 when it is not one of ours. */
    private static int offsetOf(String token) {
        try {
            String text = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith(TOKEN_PREFIX)) {
                int offset = Integer.parseInt(text.substring(TOKEN_PREFIX.length()));
                return offset > 0 && offset < Marketplaces.seller().size() ? offset : -1;
            }
        } catch (IllegalArgumentException e) {
            // not base64, or not a number: refused by the caller
        }
        return -1;
    }

    private static SandboxResponse error(OperationCall call, MwsError error) {
        return SandboxResponse.error(error, call.section().namespace(), call.requestId());
    }
}
