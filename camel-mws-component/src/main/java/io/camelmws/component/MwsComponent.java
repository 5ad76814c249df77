package io.camelmws.component;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.apache.camel.Endpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.IOHelper;
import org.apache.camel.util.PropertiesHelper;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelmws.component.catalog.Family;
import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.OperationResolver;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.catalog.Workflow;
import io.camelmws.component.health.MwsSellerHealthCheck;
import io.camelmws.component.http.HttpClientLogging;
import io.camelmws.component.http.HttpSettings;
import io.camelmws.component.http.MwsHttpClients;
import io.camelmws.component.http.MwsRequestFactory;
import io.camelmws.component.metrics.MwsMetrics;
import io.camelmws.component.monitor.SellerMonitor;
import io.camelmws.component.pipeline.CallObserver;
import io.camelmws.component.pipeline.CallPipeline;
import io.camelmws.component.pipeline.HandleResponseStage;
import io.camelmws.component.pipeline.RequestDeadlines;
import io.camelmws.component.pipeline.RetryableStage;
import io.camelmws.component.pipeline.SendStage;
import io.camelmws.component.pipeline.SigningStage;
import io.camelmws.component.pipeline.SkewCorrectedClock;
import io.camelmws.component.pipeline.SubmissionLedger;
import io.camelmws.component.pipeline.ThrottleStage;
import io.camelmws.component.report.DownloadProgress;
import io.camelmws.component.report.DownloadSpooler;
import io.camelmws.component.retry.Backoff;
import io.camelmws.component.retry.RetryPolicy;
import io.camelmws.component.signing.Fingerprint;
import io.camelmws.component.signing.RequestSigner;
import io.camelmws.component.signing.SignatureMethod;
import io.camelmws.component.store.MwsWorkflowStore;
import io.camelmws.component.store.StoreType;
import io.camelmws.component.store.WorkflowRecord;
import io.camelmws.component.throttle.MwsBucketStore;
import io.camelmws.component.throttle.Throttler;
import io.camelmws.component.throttle.ThrottlingMode;
import io.camelmws.component.workflow.StatusPoller;
import io.camelmws.component.workflow.WorkflowTracker;
import io.camelmws.component.workflow.Workflows;
import io.camelmws.component.workflow.WriteRecovery;

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

    @Metadata(label = "advanced", autowired = true, description = "Where the token buckets of the MWS quotas live; in memory by default."
                                                               + " Use MwsBucketStore.of(proxyManager) to share quotas between JVMs through any"
                                                               + " Bucket4j proxy manager (JDBC, Redis, Hazelcast, ...).")
    private MwsBucketStore bucketStore;
    @Metadata(label = "advanced", defaultValue = "MEMORY", enums = "MEMORY,JDBC",
              description = "Where the token buckets of the MWS quotas live: memory (this JVM) or jdbc (PostgreSQL, in the dataSource's"
                            + " database, table mws_quota_bucket, created when absent), so that every instance calling for a seller shares"
                            + " its quota. A bucketStore, when set, is used instead.")
    private StoreType quotaStore = StoreType.MEMORY;
    @Metadata(label = "advanced", description = "The database of quotaStore=jdbc and, unless workflowStore is set, of the workflow store"
                                               + " (table mws_workflow). Tables are created when absent.")
    private DataSource dataSource;
    @Metadata(label = "advanced", description = "Where awaited RequestReport and SubmitFeed workflows under way are recorded, so that another"
                                               + " instance, or this one after a restart, finishes them instead of requesting the report or"
                                               + " sending the feed again: by default the dataSource's database when one is set, else memory.")
    private MwsWorkflowStore workflowStore;
    @Metadata(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "How long an instance may stay silent in the workflow store (it says it is alive three times per lease) before"
                            + " another instance takes over its workflows. Real time, not scaled by timeScale.")
    private long workflowLease = 30_000;
    @Metadata(label = "advanced", defaultValue = "1", description = "How much faster than real time the called MWS runs its quotas:"
                                                                  + " 1 for MWS; the --time-scale of a sandbox started with a scaled clock.")
    private double timeScale = 1;
    @Metadata(label = "advanced", defaultValue = "20", description = "Threads that send calls which had to wait for their quota or a"
                                                                   + " retry (calls that need not wait are sent on the caller's thread).")
    private int workerPoolSize = 20;

    private final Lock clientLock = new ReentrantLock();
    private volatile CloseableHttpClient ownHttpClient;
    private final Map<String, SkewCorrectedClock> clocks = new ConcurrentHashMap<>();
    private final Map<PollerKey, StatusPoller> pollers = new ConcurrentHashMap<>();
    private final Map<String, SubmissionLedger> ledgers = new ConcurrentHashMap<>();
    private final Map<String, SellerMonitor> monitors = new ConcurrentHashMap<>();
    private final Map<String, CallObserver> observers = new ConcurrentHashMap<>();
    private final List<HealthCheck> healthChecks = new CopyOnWriteArrayList<>();
    private WritableHealthCheckRepository healthCheckRepository;
    private MwsMetrics metrics = MwsMetrics.NONE;
    private Throttler throttler;
    private WorkflowTracker tracker;
    private SellerMonitor.Stores stores = new SellerMonitor.Stores("memory", "memory");
    private ScheduledExecutorService scheduler;
    private RequestDeadlines deadlines;
    private ExecutorService workers;
    private ExecutorService digests;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        MwsConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setAction(remaining);
        // param.* options are a free-form map; they override component-level parameters of the same name.
        endpointConfiguration.getParameters().putAll(PropertiesHelper.extractProperties(parameters, "param."));
        MwsEndpoint endpoint = new MwsEndpoint(uri, this, endpointConfiguration);
        OptionValues.check(parameters);
        setProperties(endpoint, parameters);
        endpoint.validate();
        return endpoint;
    }

    /** The client endpoints send with unless they were given their own: created when the component starts, closed on stop. */
    CloseableHttpClient sharedHttpClient() {
        if (configuration.getHttpClient() != null) {
            return configuration.getHttpClient();
        }
        // Every call comes here: once the client exists, a volatile read instead of a lock the callers would queue on.
        CloseableHttpClient built = ownHttpClient;
        if (built != null) {
            return built;
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

    /** One clock per MWS host: a skew measured against it corrects every endpoint calling that host. */
    private SkewCorrectedClock clockFor(String baseUrl) {
        return clocks.computeIfAbsent(baseUrl, url -> new SkewCorrectedClock(Clock.systemUTC()));
    }

    /** The call pipeline of an endpoint: its own stages over the component's shared quota, clock, threads and ledger. */
    CallPipeline pipeline(EndpointSettings settings, MwsConfiguration endpoint, DownloadProgress progress) {
        if (scheduler == null) {
            throw new IllegalStateException("The mws component is not started (is the CamelContext stopping?); nothing can be sent to MWS");
        }
        SkewCorrectedClock clock = clockFor(settings.baseUrl());
        SubmissionLedger ledger = ledgers.computeIfAbsent(settings.baseUrl() + "|" + Fingerprint.of(endpoint.getAccessKey()) + "|" + endpoint.getSellerId(),
                key -> new SubmissionLedger());
        MwsRequestFactory requests = new MwsRequestFactory(settings.baseUrl(), endpoint.getAccessKey(), endpoint.getSellerId(), endpoint.getAuthToken(),
                new RequestSigner(endpoint.getSecretKey(), endpoint.getSignatureMethod()), settings.preferGet());
        ThrottleStage throttle = new ThrottleStage(throttler, endpoint.getAccessKey(), endpoint.getSellerId(), settings.throttling(),
                settings.maxThrottleWait(), scheduler);
        CloseableHttpClient ownClient = endpoint.getHttpClient();
        SendStage send = new SendStage(ownClient != null ? () -> ownClient : this::sharedHttpClient, settings.http(), deadlines);
        DownloadSpooler spooler = new DownloadSpooler(endpoint.getDownloadSpoolThreshold(), settings.downloadSpoolDirectory(), progress, digests);
        RetryPolicy policy = new RetryPolicy(settings.maxRetries(), throttle.throttles(), new Backoff(settings.retryDelay(), settings.maxRetryDelay()));
        String sellerKey = sellerKey(settings, endpoint);
        SellerMonitor monitor = monitorOf(sellerKey, settings.baseUrl(), Fingerprint.of(endpoint.getAccessKey()), endpoint.getSellerId());
        CallObserver observer = observers.computeIfAbsent(sellerKey, key -> CallObserver.both(monitor, metrics.forSeller(monitor)));
        CallPipeline pipeline = new CallPipeline(throttle, new SigningStage(requests, clock), send,
                new HandleResponseStage(throttle, spooler, ledger, clock), new RetryableStage(policy, throttle, clock),
                p -> new WriteRecovery(p, ledger, timeScale), scheduler, workers, observer);
        monitor.probeThrough(pipeline);
        return pipeline;
    }

    private static String sellerKey(EndpointSettings settings, MwsConfiguration endpoint) {
        return settings.baseUrl() + "|" + Fingerprint.of(endpoint.getAccessKey()) + "|" + endpoint.getSellerId();
    }

    /** The monitor of a seller, made (and its health check registered) when its first endpoint starts. */
    private SellerMonitor monitorOf(String sellerKey, String baseUrl, String credentials, String sellerId) {
        return monitors.computeIfAbsent(sellerKey, key -> {
            SellerMonitor monitor = new SellerMonitor(baseUrl, credentials, sellerId, () -> throttler.quotasOf(credentials, sellerId),
                    () -> pendingWorkflows(key), stores);
            if (healthCheckRepository != null) {
                MwsSellerHealthCheck check = new MwsSellerHealthCheck(monitor, throttler, timeScale);
                check.setEnabled(isHealthCheckProducerEnabled());
                healthCheckRepository.addHealthCheck(check);
                healthChecks.add(check);
            }
            return monitor;
        });
    }

    /**
     * The workflows of a seller under way: those of the workflow store (every instance's, when it is shared), then those
     * this instance awaits without a record (resumed by their id header).
     */
    private List<SellerMonitor.PendingWorkflow> pendingWorkflows(String sellerKey) {
        List<SellerMonitor.PendingWorkflow> pending = new ArrayList<>();
        java.util.Set<String> recorded = new java.util.HashSet<>();
        WorkflowTracker workflows = tracker;
        if (workflows != null) {
            for (WorkflowRecord record : workflows.store().ofSeller(sellerKey)) {
                pending.add(new SellerMonitor.PendingWorkflow(record.kind(), record.mwsId(), record.startedAt(),
                        record.owner().equals(workflows.instanceId()) ? SellerMonitor.THIS_INSTANCE : record.owner()));
                if (record.hasMwsId()) {
                    recorded.add(record.mwsId());
                }
            }
        }
        pollers.forEach((key, poller) -> {
            if (sellerKey.equals(key.baseUrl() + "|" + key.accessKey() + "|" + key.sellerId())) {
                poller.pending().stream().filter(id -> !recorded.contains(id.getKey()))
                        .forEach(id -> pending.add(new SellerMonitor.PendingWorkflow(poller.kind().name(), id.getKey(), id.getValue())));
            }
        });
        return pending;
    }

    /** The monitor of the seller an endpoint calls: a consumer reports its polls there. */
    SellerMonitor monitor(EndpointSettings settings, MwsConfiguration endpoint) {
        return monitorOf(sellerKey(settings, endpoint), settings.baseUrl(), Fingerprint.of(endpoint.getAccessKey()), endpoint.getSellerId());
    }

    /** What the component knows of each seller it calls: for the dev console. */
    public Collection<SellerMonitor> sellers() {
        return List.copyOf(monitors.values());
    }

    /**
     * The workflows of an endpoint that awaits one, else null. Status polls are shared by every endpoint whose polls
     * would be the same requests sent the same way: same MWS, credentials, seller, list operation, interval and call
     * settings. An endpoint that differs in any of those polls on its own, through its own pipeline.
     */
    Workflows workflows(EndpointSettings settings, MwsConfiguration endpoint, CallPipeline pipeline) {
        if (settings.family() != Family.REPORT_WORKFLOW && settings.family() != Family.FEED_WORKFLOW) {
            return null;
        }
        Workflow workflow = settings.target().operation().startsWorkflow().orElseThrow();
        ResolvedOperation list = new OperationResolver(MwsCatalog.standard()).resolve(workflow.list(), settings.target().section().name(),
                settings.target().version());
        PollerKey key = new PollerKey(settings.baseUrl(), Fingerprint.of(endpoint.getAccessKey()), Fingerprint.of(endpoint.getSecretKey()),
                Fingerprint.of(endpoint.getAuthToken()), endpoint.getSellerId(), list.action(), list.version(), settings.awaitPollInterval(),
                settings.throttling(), settings.maxThrottleWait(), settings.maxRetries(), settings.retryDelay(), settings.maxRetryDelay(),
                settings.http(), endpoint.getSignatureMethod(), settings.preferGet(), endpoint.getHttpClient());
        StatusPoller poller = pollers.computeIfAbsent(key, k -> new StatusPoller(pipeline, list, workflow, scheduler, settings.awaitPollInterval()));
        return new Workflows(pipeline, poller, settings.target(), settings.awaitTimeout(),
                contentType -> DocumentCharsets.of(contentType, settings.flatFileCharset()), tracker, sellerKey(settings, endpoint));
    }

    /** What makes two endpoints' status polls the same requests, sent the same way. Credentials only as fingerprints. */
    private record PollerKey(String baseUrl, String accessKey, String secretKey, String authToken, String sellerId, String listAction,
                             String version, Duration interval, ThrottlingMode throttling, Duration maxThrottleWait, int maxRetries,
                             Duration retryDelay, Duration maxRetryDelay, HttpSettings http, SignatureMethod signatureMethod, boolean preferGet,
                             CloseableHttpClient httpClient) {
    }

    ExecutorService workers() {
        return workers;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (workerPoolSize < 1) {
            throw new IllegalArgumentException("workerPoolSize must be at least 1, was " + workerPoolSize);
        }
        if (maxTotalConnections < 1) {
            throw new IllegalArgumentException("maxTotalConnections must be at least 1, was " + maxTotalConnections);
        }
        if (maxConnectionsPerRoute < 1 || maxConnectionsPerRoute > maxTotalConnections) {
            throw new IllegalArgumentException("maxConnectionsPerRoute must be between 1 and maxTotalConnections (" + maxTotalConnections + "), was "
                                               + maxConnectionsPerRoute);
        }
        if (workflowLease < 1) {
            throw new IllegalArgumentException("workflowLease must be a positive duration, was " + workflowLease + " ms");
        }
        SharedStores shared = SharedStores.of(quotaStore, dataSource, bucketStore, workflowStore);
        stores = shared.description();
        throttler = new Throttler(shared.buckets(), timeScale);
        metrics = MwsMetrics.of(getCamelContext(), throttler);
        // Optional, as in Camel's own components: null unless camel-health is on the classpath.
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(getCamelContext(), "producers", WritableHealthCheckRepository.class);
        // One timer thread serves every waiting call: a wait holds a scheduled task, not a thread.
        scheduler = getCamelContext().getExecutorServiceManager().newScheduledThreadPool(this, "MwsQuota", 1);
        deadlines = new RequestDeadlines(scheduler);
        tracker = new WorkflowTracker(shared.workflows(), Duration.ofMillis(workflowLease), scheduler);
        workers = getCamelContext().getExecutorServiceManager().newFixedThreadPool(this, "MwsWorker", workerPoolSize);
        // One thread per download in progress at most, idle ones expire: downloads are few and long.
        digests = getCamelContext().getExecutorServiceManager().newCachedThreadPool(this, "MwsDownloadDigest");
        // Built now rather than on the first call: creating the pool on the first of a burst of requests spaced them
        // out enough for the burst's later requests to reach MWS's bucket early.
        sharedHttpClient();
        if (HttpClientLogging.wireLogged()) {
            LOG.warn("Logger {} is at DEBUG or finer: it dumps raw HTTP bytes, including the MWS Signature and MWSAuthToken."
                     + " Keep it at INFO outside a debugging session.", HttpClientLogging.WIRE_LOGGER);
        }
    }

    @Override
    protected void doStop() throws Exception {
        pollers.clear();
        if (healthCheckRepository != null) {
            healthChecks.forEach(healthCheckRepository::removeHealthCheck);
        }
        healthChecks.clear();
        monitors.clear();
        observers.clear();
        if (tracker != null) {
            tracker.close();
            tracker = null;
        }
        if (deadlines != null) {
            deadlines.close();
            deadlines = null;
        }
        if (scheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(scheduler);
            scheduler = null;
        }
        if (workers != null) {
            getCamelContext().getExecutorServiceManager().shutdown(workers);
            workers = null;
        }
        if (digests != null) {
            getCamelContext().getExecutorServiceManager().shutdown(digests);
            digests = null;
        }
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

    public MwsBucketStore getBucketStore() {
        return bucketStore;
    }

    /** Where the token buckets of the MWS quotas live; in memory by default. */
    public void setBucketStore(MwsBucketStore bucketStore) {
        this.bucketStore = bucketStore;
    }

    public StoreType getQuotaStore() {
        return quotaStore;
    }

    /** Where the token buckets of the MWS quotas live: memory or jdbc (PostgreSQL through the dataSource). */
    public void setQuotaStore(StoreType quotaStore) {
        this.quotaStore = quotaStore;
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    /** The database of quotaStore=jdbc and, by default, of the workflow store. */
    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public MwsWorkflowStore getWorkflowStore() {
        return workflowStore;
    }

    /** Where awaited report and feed workflows under way are recorded; the dataSource's database by default when one is set. */
    public void setWorkflowStore(MwsWorkflowStore workflowStore) {
        this.workflowStore = workflowStore;
    }

    public long getWorkflowLease() {
        return workflowLease;
    }

    /** How long an instance may stay silent in the workflow store before another takes over its workflows. */
    public void setWorkflowLease(long workflowLease) {
        this.workflowLease = workflowLease;
    }

    public double getTimeScale() {
        return timeScale;
    }

    /** How much faster than real time the called MWS runs its quotas (1 for MWS). */
    public void setTimeScale(double timeScale) {
        this.timeScale = timeScale;
    }

    public int getWorkerPoolSize() {
        return workerPoolSize;
    }

    /** Threads that send calls which had to wait for their quota or a retry. */
    public void setWorkerPoolSize(int workerPoolSize) {
        this.workerPoolSize = workerPoolSize;
    }

    public int getMaxConnectionsPerRoute() {
        return maxConnectionsPerRoute;
    }

    /** Maximum connections of the pool per MWS host. */
    public void setMaxConnectionsPerRoute(int maxConnectionsPerRoute) {
        this.maxConnectionsPerRoute = maxConnectionsPerRoute;
    }
}
