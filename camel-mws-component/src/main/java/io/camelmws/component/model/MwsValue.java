package io.camelmws.component.model;

/**
 * A value MWS sends from a closed list that grew over the years (order statuses, fulfilment channels, ...). The
 * models keep the text MWS sent ({@code ...AsString()}) and offer it as an enum whose {@code UNKNOWN} constant stands
 * for a value this version does not know yet, so a new value neither fails a parse nor is lost.
 */
public interface MwsValue {

    /** The text MWS sends for this constant; null for the {@code UNKNOWN} constant. */
    String value();

    /** The constant of {@code type} whose value is {@code text}; {@code unknown} for text no constant has; null for null. */
    static <E extends Enum<E> & MwsValue> E of(Class<E> type, String text, E unknown) {
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (text.equals(constant.value())) {
                return constant;
            }
        }
        return unknown;
    }
}
