package io.camelmws.component;

import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.http.HttpClientLogging;
import io.camelmws.component.pipeline.CallPipeline;
import io.camelmws.component.poll.InitialStart;
import io.camelmws.component.report.DownloadProgress;
import io.camelmws.component.workflow.Workflows;

/**
 * Call Amazon Marketplace Web Service (MWS): each exchange becomes one signed MWS request whose XML answer
 * (or downloaded document) becomes the message body; or, as a consumer, poll ListOrders for new and changed orders,
 * GetReportList for available reports, GetFeedSubmissionList for finished feed submissions, ListFinancialEvents for
 * posted financial events.
 */
@ManagedResource(description = "Amazon MWS endpoint")
@UriEndpoint(firstVersion = "0.1.0", scheme = "mws", title = "Amazon MWS", syntax = "mws:action",
             category = { Category.CLOUD, Category.API }, headersClass = MwsConstants.class)
public class MwsEndpoint extends ScheduledPollEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    private static final Logger LOG = LoggerFactory.getLogger(MwsEndpoint.class);

    @UriParam
    private MwsConfiguration configuration;

    private EndpointSettings settings;
    private InitialStart initialStart;
    private DownloadProgress downloadProgress;
    private CallPipeline pipeline;
    private Workflows workflows;

    public MwsEndpoint(String uri, MwsComponent component, MwsConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    /** Checks every option and resolves the operation, so a wrong URI fails when the endpoint is created. */
    void validate() {
        settings = EndpointSettings.of(configuration, MwsCatalog.standard(), getComponent().getTimeScale());
        initialStart = InitialStart.parse("initialLastUpdatedAfter", configuration.getInitialLastUpdatedAfter());
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        // Options may have been changed through the Java API after creation.
        validate();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        downloadProgress = new DownloadProgress(settings.downloadProgressInterval());
        pipeline = getComponent().pipeline(settings, configuration, downloadProgress);
        workflows = getComponent().workflows(settings, configuration, pipeline);
        if (settings.signedQueryInRequestLine() && HttpClientLogging.requestLinesLogged()) {
            LOG.warn("{} sends its signed parameters (Signature, MWSAuthToken) in the request line, and HttpClient's DEBUG loggers {}"
                     + " print request lines. Keep those loggers at INFO{}.", this, HttpClientLogging.REQUEST_LINE_LOGGERS,
                    settings.target().operation().carriesBody() ? "" : ", or use httpMethod=POST (the default)");
        }
    }

    @Override
    protected void doStop() throws Exception {
        pipeline = null;
        workflows = null;
        super.doStop();
    }

    @Override
    public Producer createProducer() {
        if (settings.resultBodies() == null) {
            throw new IllegalArgumentException(settings.producerRefusal());
        }
        return new MwsProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (settings.polledBodies() == null) {
            PolledListing.specOf(settings.target());
            throw new IllegalArgumentException(settings.consumerRefusal());
        }
        MwsConsumer consumer = new MwsConsumer(this, processor, initialStart);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public MwsComponent getComponent() {
        return (MwsComponent) super.getComponent();
    }

    public MwsConfiguration getConfiguration() {
        return configuration;
    }

    public ResolvedOperation getTarget() {
        return settings.target();
    }

    EndpointSettings settings() {
        return settings;
    }

    /** The call pipeline, or null while the endpoint is not started. */
    CallPipeline pipeline() {
        return pipeline;
    }

    /** The report or feed workflow of an endpoint that awaits one, else null. */
    Workflows workflows() {
        return workflows;
    }

    @ManagedAttribute(description = "Bytes of reports and processing reports downloaded by this endpoint")
    public long getDownloadedBytes() {
        return downloadProgress == null ? 0 : downloadProgress.totalBytes();
    }

    @ManagedAttribute(description = "Downloads running now")
    public int getActiveDownloads() {
        return downloadProgress == null ? 0 : downloadProgress.activeDownloads();
    }

    @ManagedAttribute(description = "Rate of the latest download, bytes per second")
    public double getDownloadBytesPerSecond() {
        return downloadProgress == null ? 0 : downloadProgress.lastBytesPerSecond();
    }

    @Override
    public String getServiceUrl() {
        return settings.baseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "https";
    }
}
