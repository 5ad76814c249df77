package io.camelmws.component.xml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the few values the component itself needs from a successful MWS answer: {@code NextToken},
 * {@code ResponseMetadata/RequestId}, the ids a write handed out, and where a listing's window ended
 * ({@code LastUpdatedBefore} or {@code CreatedBefore} of ListOrders, the next window's start). Reading also proves
 * the document is well-formed and DOCTYPE-free before it is handed on. When the caller names {@link ListedItems}, the
 * same reading notes where each item is and its kept fields ({@code listed}), so a consumer need not read it again.
 *
 * @param listed the items noted, or null when none were asked for
 */
public record ResponseScan(String rootElement, String nextToken, String requestId, String feedSubmissionId, String reportRequestId,
                           String lastUpdatedBefore, String createdBefore, ListedItems.Found listed) {

    public static ResponseScan of(String xml) throws SafeXml.UnsafeOrMalformedXmlException {
        return of(xml, null);
    }

    /** @param items the items to note as well, or null */
    public static ResponseScan of(String xml, ListedItems items) throws SafeXml.UnsafeOrMalformedXmlException {
        return SafeXml.read(xml, reader -> {
            String root = null;
            String[] values = new String[ScannedValue.count()];
            ItemNotes notes = items == null ? null : new ItemNotes(items, xml);
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (notes != null && notes.inItem()) {
                    notes.within(reader, event);
                    continue;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = reader.getLocalName();
                    ScannedValue value = depth == 1 ? null : ScannedValue.at(depth, name, root);
                    if (depth == 1) {
                        root = name;
                    } else if (value != null && values[value.ordinal()] == null) {
                        values[value.ordinal()] = reader.getElementText().trim();
                        depth--;
                    } else if (notes != null && notes.started(reader, name)) {
                        // Its end tag is read already (the window's end) or will be read by the notes (an item).
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (notes != null) {
                        notes.ended(reader.getLocalName());
                    }
                }
            }
            ListedItems.Found listed = null;
            if (notes != null) {
                listed = new ListedItems.Found(notes.found, windowEnd(items, values, notes.before));
            }
            return of(root, values, listed);
        });
    }

    /**
     * Where the listing's window ended: ListOrders' end is one of the scan's own values (its depth-3 reading takes those
     * elements first); any other is the first element of that name the notes met.
     */
    static String windowEnd(ListedItems items, String[] values, String noted) {
        if (items.before() == null) {
            return null;
        }
        if (items.before().equals(ScannedValue.LAST_UPDATED_BEFORE.element())) {
            return values[ScannedValue.LAST_UPDATED_BEFORE.ordinal()];
        }
        if (items.before().equals(ScannedValue.CREATED_BEFORE.element())) {
            return values[ScannedValue.CREATED_BEFORE.ordinal()];
        }
        return noted;
    }

    /** The scan of an answer with this root and these {@link ScannedValue}s (by ordinal; null where absent). */
    static ResponseScan of(String root, String[] values, ListedItems.Found listed) {
        String nextToken = values[ScannedValue.NEXT_TOKEN.ordinal()];
        return new ResponseScan(root, nextToken == null || nextToken.isEmpty() ? null : nextToken, values[ScannedValue.REQUEST_ID.ordinal()],
                "SubmitFeedResponse".equals(root) ? values[ScannedValue.FEED_SUBMISSION_ID.ordinal()] : null,
                values[ScannedValue.REPORT_REQUEST_ID.ordinal()], values[ScannedValue.LAST_UPDATED_BEFORE.ordinal()],
                values[ScannedValue.CREATED_BEFORE.ordinal()], listed);
    }

    /** Whether the element the reader stands on has no namespace prefix or declaration of its own, nor prefixed attributes. */
    public static boolean prefixFree(XMLStreamReader reader) {
        if (reader.getNamespaceCount() > 0 || reader.getPrefix() != null && !reader.getPrefix().isEmpty()) {
            return false;
        }
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String prefix = reader.getAttributePrefix(i);
            if (prefix != null && !prefix.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The items of {@link ListedItems} as the scan passes them: the same rules as reading them on their own. */
    private static final class ItemNotes {
        private final ListedItems items;
        private final String xml;
        private final List<ListedItems.Item> found = new ArrayList<>();
        private String before;
        /** The list element being read, when the selection names lists. */
        private String list;
        // The item being read: its depth below its own element (0: outside any item), start, child, fields.
        private int itemDepth;
        private int start;
        private boolean prefixFree;
        private String child;
        private final StringBuilder childText = new StringBuilder();
        private Map<String, String> fields;

        ItemNotes(ListedItems items, String xml) {
            this.items = items;
            this.xml = xml;
        }

        boolean inItem() {
            return itemDepth > 0;
        }

        /**
         * A start tag outside any item: a list, the window's end, or an item.
         *
         * @return true when its end tag is not the scan's to read: the window's end was read whole, or an item began
         */
        boolean started(XMLStreamReader reader, String name) throws XMLStreamException {
            if (name.equals(items.before()) && before == null) {
                before = reader.getElementText().trim();
                return true;
            }
            if (items.lists().contains(name)) {
                list = name;
            } else if (name.equals(items.item()) && (items.lists().isEmpty() || list != null)) {
                itemDepth = 1;
                start = (int) reader.getLocation().getCharacterOffset();
                prefixFree = prefixFree(reader);
                fields = new HashMap<>();
                child = null;
                return true;
            }
            return false;
        }

        void ended(String name) {
            if (name.equals(list)) {
                list = null;
            }
        }

        /** An event inside the item; its end tag closes it. */
        void within(XMLStreamReader reader, int event) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                itemDepth++;
                if (itemDepth == 2) {
                    child = reader.getLocalName();
                    childText.setLength(0);
                }
                if (prefixFree && !prefixFree(reader)) {
                    prefixFree = false;
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (itemDepth == 2 && items.kept().contains(child)) {
                    childText.append(reader.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (itemDepth == 2 && child != null && items.kept().contains(child)) {
                    fields.putIfAbsent(child, childText.toString().trim());
                }
                itemDepth--;
                if (itemDepth == 0) {
                    int end = xml.indexOf('>', (int) reader.getLocation().getCharacterOffset()) + 1;
                    found.add(new ListedItems.Item(start, end, list, fields, prefixFree));
                }
            }
        }
    }
}
