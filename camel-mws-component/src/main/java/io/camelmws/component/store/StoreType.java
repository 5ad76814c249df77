package io.camelmws.component.store;

/** Where the component keeps state that several instances of an integration must share. */
public enum StoreType {
    /** In this JVM only: enough when one instance calls MWS for a seller. */
    MEMORY,
    /** In the database of the component's {@code dataSource} (PostgreSQL for quotas), shared by every instance using it. */
    JDBC
}
