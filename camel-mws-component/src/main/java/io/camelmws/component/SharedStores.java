package io.camelmws.component;

import java.sql.SQLException;

import javax.sql.DataSource;

import io.camelmws.component.monitor.SellerMonitor;
import io.camelmws.component.store.JdbcQuotaStore;
import io.camelmws.component.store.JdbcWorkflowStore;
import io.camelmws.component.store.MwsWorkflowStore;
import io.camelmws.component.store.StoreType;
import io.camelmws.component.throttle.MwsBucketStore;

/**
 * The quota and workflow stores the component options ask for, checked and made once when the component starts:
 * a bucketStore or workflowStore given wins; {@code quotaStore=jdbc} needs a dataSource; the workflow store follows the
 * dataSource when there is one.
 */
record SharedStores(MwsBucketStore buckets, MwsWorkflowStore workflows, SellerMonitor.Stores description) {

    static SharedStores of(StoreType quotaStore, DataSource dataSource, MwsBucketStore bucketStore, MwsWorkflowStore workflowStore)
            throws SQLException {
        MwsBucketStore buckets;
        String quotas;
        if (bucketStore != null) {
            buckets = bucketStore;
            quotas = "bucketStore (" + bucketStore.getClass().getSimpleName() + ")";
        } else if (quotaStore == StoreType.JDBC) {
            if (dataSource == null) {
                throw new IllegalArgumentException("quotaStore=jdbc needs the component's dataSource option (a javax.sql.DataSource of the"
                                                   + " PostgreSQL database the instances share, e.g. dataSource=#myDataSource)");
            }
            buckets = JdbcQuotaStore.create(dataSource);
            quotas = "jdbc (table " + JdbcQuotaStore.TABLE + ")";
        } else {
            buckets = MwsBucketStore.inMemory();
            quotas = "memory";
        }
        MwsWorkflowStore workflows;
        if (workflowStore != null) {
            workflows = workflowStore;
        } else if (dataSource != null) {
            workflows = JdbcWorkflowStore.create(dataSource);
        } else {
            workflows = MwsWorkflowStore.inMemory();
        }
        return new SharedStores(buckets, workflows, new SellerMonitor.Stores(quotas, workflows.describe()));
    }
}
