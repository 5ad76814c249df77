package io.camelmws.component.xml;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The items of a list answer the call's scan should note while it reads the answer anyway, so that a consumer cuts
 * them out of the answer without reading it a second time: the element of one item, the lists it is taken from
 * (empty: any), the child elements whose text each item keeps, and the element that closes the window.
 *
 * @param item   the element of one item (Order, ReportInfo)
 * @param lists  the list elements whose item children count, when the answer holds items in several lists; empty: any
 * @param kept   the item's child elements whose text is kept (its id, version, status...)
 * @param before the element whose text is where MWS closed the window (LastUpdatedBefore), or null
 */
public record ListedItems(String item, Set<String> lists, Set<String> kept, String before) {

    public ListedItems {
        lists = Set.copyOf(lists);
        kept = Set.copyOf(kept);
    }

    /**
     * One item as the scan found it: where its element starts and ends in the answer's text, the list it was in (or
     * null), the kept children's text (trimmed; the first of each name), and whether it can be cut out as it stands
     * (no namespace prefix or declaration of its own: the answer's default namespace is declared on its root).
     */
    public record Item(int start, int end, String list, Map<String, String> fields, boolean prefixFree) {
    }

    /** What the scan found: the items in document order and the window's end as MWS wrote it (null when absent). */
    public record Found(List<Item> items, String before) {
    }
}
