package io.camelmws.component.catalog;

/**
 * How a list parameter is flattened on the wire: {@code name.member.n} with 1-based n
 * ({@code MarketplaceIdList.Id.1}). A null member means the parameter is a scalar.
 */
public record ListNaming(String name, String member) {

    public boolean isList() {
        return member != null;
    }

    public String element(int oneBasedIndex) {
        return name + '.' + member + '.' + oneBasedIndex;
    }
}
