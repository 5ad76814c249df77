package io.camelmws.component;

import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.IOHelper;
import org.apache.camel.util.PropertiesHelper;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelmws.component.http.HttpClientLogging;
import io.camelmws.component.http.MwsHttpClients;

/**
 * The mws component: holds the configuration every endpoint starts from and the one pooled HttpClient all
 * its endpoints share.
 */
@Component("mws")
public class MwsComponent extends HealthCheckComponent {

    private static final Logger LOG = LoggerFactory.getLogger(MwsComponent.class);

    @Metadata
    private MwsConfiguration configuration = new MwsConfiguration();
    @Metadata(label = "advanced", defaultValue = "200", description = "Maximum connections of the component's pool.")
    private int maxTotalConnections = 200;
    @Metadata(label = "advanced", defaultValue = "20", description = "Maximum connections of the pool per MWS host.")
    private int maxConnectionsPerRoute = 20;

    private final Lock clientLock = new ReentrantLock();
    private CloseableHttpClient ownHttpClient;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        MwsConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setAction(remaining);
        // param.* options are a free-form map; they override component-level parameters of the same name.
        endpointConfiguration.getParameters().putAll(PropertiesHelper.extractProperties(parameters, "param."));
        MwsEndpoint endpoint = new MwsEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        endpoint.validate();
        return endpoint;
    }

    /** The client endpoints send with unless they were given their own: created on first use, closed on stop. */
    CloseableHttpClient sharedHttpClient() {
        if (configuration.getHttpClient() != null) {
            return configuration.getHttpClient();
        }
        clientLock.lock();
        try {
            if (ownHttpClient == null) {
                ownHttpClient = MwsHttpClients.pooled(maxTotalConnections, maxConnectionsPerRoute, configuration.getConnectTimeout(),
                        configuration.getSocketTimeout());
            }
            return ownHttpClient;
        } finally {
            clientLock.unlock();
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (HttpClientLogging.wireLogged()) {
            LOG.warn("Logger {} is at DEBUG or finer: it dumps raw HTTP bytes, including the MWS Signature and MWSAuthToken."
                     + " Keep it at INFO outside a debugging session.", HttpClientLogging.WIRE_LOGGER);
        }
    }

    @Override
    protected void doStop() throws Exception {
        clientLock.lock();
        try {
            // Only the client this component built; one the user supplied is theirs to close.
            IOHelper.close(ownHttpClient);
            ownHttpClient = null;
        } finally {
            clientLock.unlock();
        }
        super.doStop();
    }

    public MwsConfiguration getConfiguration() {
        return configuration;
    }

    /** The configuration every endpoint starts from; URI options override it per endpoint. */
    public void setConfiguration(MwsConfiguration configuration) {
        this.configuration = configuration;
    }

    public int getMaxTotalConnections() {
        return maxTotalConnections;
    }

    /** Maximum connections of the component's pool. */
    public void setMaxTotalConnections(int maxTotalConnections) {
        this.maxTotalConnections = maxTotalConnections;
    }

    public int getMaxConnectionsPerRoute() {
        return maxConnectionsPerRoute;
    }

    /** Maximum connections of the pool per MWS host. */
    public void setMaxConnectionsPerRoute(int maxConnectionsPerRoute) {
        this.maxConnectionsPerRoute = maxConnectionsPerRoute;
    }
}
