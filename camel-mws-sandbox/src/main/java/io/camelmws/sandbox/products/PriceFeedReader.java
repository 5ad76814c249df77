package io.camelmws.sandbox.products;

import io.camelmws.sandbox.feeds.ReceivedFeed;
import io.camelmws.sandbox.webservice.MarketplaceLocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The price changes in a processed price feed: the {@code Price} messages of an XML
 * {@code _POST_PRODUCT_PRICING_DATA_} feed and the {@code price} column of a flat
 * {@code _POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_} file. A document that is not well-formed, or whose
 * MessageType is not Price, changes nothing; nor does a Delete message. A message or row without a SKU or without
 * a price that is an amount of 0 or more (with a currency, in XML) is skipped, as the feeds package reports it as
 * an error. Its finer schema checks (unknown elements, over-long SKUs) are not repeated here, so a message it
 * rejects for those still sets the price.
 */
final class PriceFeedReader {

    static final String XML_PRICING = "_POST_PRODUCT_PRICING_DATA_";
    static final String FLAT_PRICE_AND_QUANTITY = "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_";

    /** As the feeds package looks for the header row. */
    private static final int HEADER_SEARCH_LINES = 5;

    private PriceFeedReader() {
    }

    static boolean changesPrices(ReceivedFeed feed) {
        return XML_PRICING.equals(feed.feedType()) || FLAT_PRICE_AND_QUANTITY.equals(feed.feedType());
    }

    /** The feed's price changes in file order; empty for other feed types. */
    static List<PriceChange> read(ReceivedFeed feed) {
        if (XML_PRICING.equals(feed.feedType())) {
            return xml(feed);
        }
        if (FLAT_PRICE_AND_QUANTITY.equals(feed.feedType())) {
            return flat(feed);
        }
        return List.of();
    }

    private static List<PriceChange> xml(ReceivedFeed feed) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        List<PriceChange> changes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(feed.path())) {
            XMLStreamReader reader = feed.declaredCharset() == null ? factory.createXMLStreamReader(in)
                    : factory.createXMLStreamReader(new InputStreamReader(in, Charset.forName(feed.declaredCharset())));
            try {
                String messageType = null;
                String operation = null;
                String sku = null;
                String amount = null;
                String currency = null;
                String element = null;
                StringBuilder text = new StringBuilder();
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        element = reader.getLocalName();
                        text.setLength(0);
                        if ("Message".equals(element)) {
                            operation = null;
                            sku = null;
                            amount = null;
                            currency = null;
                        } else if ("StandardPrice".equals(element)) {
                            currency = reader.getAttributeValue(null, "currency");
                        }
                    } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                        text.append(reader.getText());
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        String name = reader.getLocalName();
                        String value = text.toString().trim();
                        switch (name) {
                            case "MessageType" -> messageType = value;
                            case "OperationType" -> operation = value;
                            case "SKU" -> sku = value;
                            case "StandardPrice" -> amount = value;
                            case "Message" -> {
                                if ("Price".equals(messageType) && !"Delete".equals(operation) && sku != null
                                        && !sku.isEmpty() && amount(amount) != null && currency != null) {
                                    changes.add(new PriceChange(sku, amount(amount), currency));
                                }
                            }
                            default -> {
                                // other elements carry nothing the prices depend on
                            }
                        }
                        text.setLength(0);
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | IllegalArgumentException e) {
            // Not well-formed, or an unreadable charset: MWS rejected the whole document.
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read feed " + feed.feedSubmissionId(), e);
        }
        return changes;
    }

    private static List<PriceChange> flat(ReceivedFeed feed) {
        Charset charset;
        try {
            charset = feed.declaredCharset() != null ? Charset.forName(feed.declaredCharset())
                    : MarketplaceLocale.of(feed.marketplaceIds().isEmpty() ? MarketplaceLocale.DEFAULT.id()
                            : feed.marketplaceIds().get(0)).feedCharset();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        List<PriceChange> changes = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(Files.newInputStream(feed.path()),
                charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            int skuColumn = -1;
            int priceColumn = -1;
            int lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                String[] cells = (line.startsWith("\uFEFF") ? line.substring(1) : line).split("\t", -1);
                if (skuColumn < 0) {
                    for (int i = 0; i < cells.length; i++) {
                        String name = cells[i].trim().toLowerCase(Locale.ROOT);
                        if ("sku".equals(name)) {
                            skuColumn = i;
                        } else if ("price".equals(name)) {
                            priceColumn = i;
                        }
                    }
                    if (skuColumn < 0 && lineNumber >= HEADER_SEARCH_LINES) {
                        return List.of();
                    }
                    if (skuColumn >= 0 && priceColumn < 0) {
                        return List.of();
                    }
                    continue;
                }
                String sku = skuColumn < cells.length ? cells[skuColumn].trim() : "";
                BigDecimal price = priceColumn < cells.length ? amount(cells[priceColumn].trim()) : null;
                if (!sku.isEmpty() && price != null) {
                    changes.add(new PriceChange(sku, price, null));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read feed " + feed.feedSubmissionId(), e);
        }
        return changes;
    }

    /** An amount of 0 or more written with digits and an optional decimal point, or {@code null}. */
    private static BigDecimal amount(String text) {
        return text != null && text.matches("\\d{1,12}(\\.\\d{1,6})?") ? new BigDecimal(text) : null;
    }
}
