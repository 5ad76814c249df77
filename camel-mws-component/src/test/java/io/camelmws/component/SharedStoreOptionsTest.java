package io.camelmws.component;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.junit.jupiter.api.Test;

import io.camelmws.component.store.StoreType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared-store options as a user writes them (Camel Main properties, lower case), and the errors of a wrong pair. */
class SharedStoreOptionsTest {

    @Test
    void quotaStoreJdbcIsReadAsWrittenInProperties() {
        CamelContext context = new DefaultCamelContext();
        MwsComponent mws = new MwsComponent();
        PropertyBindingSupport.build().bind(context, mws, new java.util.HashMap<>(Map.of("quotaStore", "jdbc", "workflowLease", "10s")));
        assertThat(mws.getQuotaStore()).isEqualTo(StoreType.JDBC);
        assertThat(mws.getWorkflowLease()).isEqualTo(10_000);
    }

    @Test
    void quotaStoreJdbcWithoutADataSourceFailsNamingTheMissingOption() {
        CamelContext context = new DefaultCamelContext();
        MwsComponent mws = new MwsComponent();
        mws.setQuotaStore(StoreType.JDBC);
        context.addComponent("mws", mws);
        assertThatThrownBy(context::start).hasStackTraceContaining("quotaStore=jdbc needs the component's dataSource option");
        context.stop();
    }

    @Test
    void aLeaseOfZeroIsRefused() {
        CamelContext context = new DefaultCamelContext();
        MwsComponent mws = new MwsComponent();
        mws.setWorkflowLease(0);
        context.addComponent("mws", mws);
        assertThatThrownBy(context::start).hasStackTraceContaining("workflowLease must be a positive duration, was 0 ms");
        context.stop();
    }

    @Test
    void withADataSourceTheWorkflowsFollowItAndTheQuotasStayInMemoryUnlessAsked() throws Exception {
        CamelContext context = new DefaultCamelContext();
        MwsComponent mws = new MwsComponent();
        mws.setDataSource(TestPostgres.freshDatabase());
        context.addComponent("mws", mws);
        context.start();
        try (var connection = mws.getDataSource().getConnection();
             var tables = connection.getMetaData().getTables(null, null, "mws_%", null)) {
            java.util.List<String> names = new java.util.ArrayList<>();
            while (tables.next()) {
                if ("TABLE".equals(tables.getString("TABLE_TYPE"))) {
                    names.add(tables.getString("TABLE_NAME"));
                }
            }
            assertThat(names).containsExactly("mws_workflow");
        } finally {
            context.stop();
        }
    }
}
