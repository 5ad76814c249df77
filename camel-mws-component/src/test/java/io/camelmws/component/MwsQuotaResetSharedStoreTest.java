package io.camelmws.component;

import org.apache.camel.CamelContext;

import io.camelmws.component.store.StoreType;

/**
 * {@link MwsQuotaResetTest} with the quotas in PostgreSQL ({@code quotaStore=jdbc}): a bucket kept by Bucket4j's
 * proxy manager is moved onto MWS's hourly window by the same RESET reconfiguration as a bucket in memory.
 */
class MwsQuotaResetSharedStoreTest extends MwsQuotaResetTest {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        MwsComponent mws = context.getComponent("mws", MwsComponent.class);
        mws.setQuotaStore(StoreType.JDBC);
        mws.setDataSource(TestPostgres.freshDatabase());
        return context;
    }
}
