package io.camelmws.component.model.products;

import java.util.Arrays;

/**
 * Equality, hash code and text of the models written as classes rather than records: Jackson XML binds an element's
 * attributes, its text and lists repeated without a wrapper only through fields, not through a record's constructor.
 * Their fields are private with no setters, so a model cannot change once read.
 */
abstract class ValueObject {

    /** The values that make up this model, in declaration order. */
    abstract Object[] parts();

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && Arrays.equals(parts(), ((ValueObject) other).parts());
    }

    @Override
    public final int hashCode() {
        return Arrays.hashCode(parts());
    }

    @Override
    public final String toString() {
        String parts = Arrays.toString(parts());
        return getClass().getSimpleName() + "[" + parts.substring(1, parts.length() - 1) + "]";
    }
}
