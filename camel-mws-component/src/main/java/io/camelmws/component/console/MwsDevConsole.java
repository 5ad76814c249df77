package io.camelmws.component.console;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.Component;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

import io.camelmws.component.MwsComponent;
import io.camelmws.component.monitor.PollStatus;
import io.camelmws.component.monitor.SellerMonitor;
import io.camelmws.component.throttle.QuotaSnapshot;

/**
 * The {@code mws} dev console: for each seller of each mws component, its quotas (requests left, next refill, hourly
 * quota and reset), the workflows awaited at MWS with their ids and age, and the last errors. Sellers are named by id
 * and access-key fingerprint; no secret and no error message is shown.
 */
@DevConsole(name = "mws", displayName = "Amazon MWS", description = "MWS quotas, pending workflows and last errors per seller")
public class MwsDevConsole extends AbstractDevConsole {

    public MwsDevConsole() {
        super("camel", "mws", "Amazon MWS", "MWS quotas, pending workflows and last errors per seller");
    }

    /** Each mws component of the context (an application may add several, under different names), with its name. */
    private Map<String, MwsComponent> components() {
        Map<String, MwsComponent> found = new java.util.TreeMap<>();
        for (String name : getCamelContext().getComponentNames()) {
            Component component = getCamelContext().hasComponent(name);
            if (component instanceof MwsComponent mws) {
                found.put(name, mws);
            }
        }
        return found;
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        Instant now = Instant.now();
        components().forEach((name, component) -> {
            for (SellerMonitor seller : component.sellers()) {
                text.append(String.format("Seller %s (access key %s) at %s, component %s%n", seller.sellerId(), seller.credentials(), seller.baseUrl(),
                        name));
                text.append(String.format("    quotas in %s, workflows in %s%n", seller.stores().quotas(), seller.stores().workflows()));
                for (QuotaSnapshot quota : seller.quotas()) {
                    text.append(String.format("    %s/%s (%s): %d of %d left, next in %d ms", quota.section(), quota.bucket(), quota.action(),
                            quota.tokensLeft(), quota.capacity(), quota.nextRefill().toMillis()));
                    if (quota.hourlyQuota() != null) {
                        text.append(String.format(", hourly %d of %d left, resets %s", quota.hourlyLeft(), quota.hourlyQuota(),
                                quota.hourlyResetsOn() == null ? "(not said yet)" : quota.hourlyResetsOn()));
                    }
                    text.append(System.lineSeparator());
                }
                for (SellerMonitor.PendingWorkflow workflow : seller.pendingWorkflows()) {
                    text.append(String.format("    pending %s %s for %d s, owner %s%n", workflow.kind(), workflow.id() == null ? "(being sent)" : workflow.id(),
                            Duration.between(workflow.since(), now).toSeconds(), workflow.owner()));
                }
                for (PollStatus consumer : seller.consumers()) {
                    text.append(String.format("    consumer %s (route %s): state in %s, watermark %s, last poll %s%n", consumer.action(),
                            consumer.routeId(), consumer.storage().name().toLowerCase(java.util.Locale.ROOT),
                            consumer.watermark() == null ? "none yet" : consumer.watermark(),
                            consumer.lastSuccessfulPoll() == null ? "none yet"
                                    : Duration.between(consumer.lastSuccessfulPoll(), now).toMillis() + " ms ago"));
                }
                for (SellerMonitor.ErrorRecord error : seller.recentErrors()) {
                    text.append(String.format("    error %s on %s at %s%s%n", error.code(), error.action(), error.at(),
                            error.requestId() == null ? "" : " [request id " + error.requestId() + "]"));
                }
            }
        });
        return text.length() == 0 ? "No MWS seller called yet" + System.lineSeparator() : text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        JsonArray sellers = new JsonArray();
        Instant now = Instant.now();
        components().forEach((name, component) -> {
            for (SellerMonitor seller : component.sellers()) {
                JsonObject json = new JsonObject();
                json.put("component", name);
                json.put("sellerId", seller.sellerId());
                json.put("accessKeyFingerprint", seller.credentials());
                json.put("endpoint", seller.baseUrl());
                json.put("quotaStore", seller.stores().quotas());
                json.put("workflowStore", seller.stores().workflows());
                json.put("quotas", quotas(seller.quotas()));
                JsonArray workflows = new JsonArray();
                for (SellerMonitor.PendingWorkflow workflow : seller.pendingWorkflows()) {
                    JsonObject pending = new JsonObject();
                    pending.put("kind", workflow.kind());
                    pending.put("id", workflow.id());
                    pending.put("owner", workflow.owner());
                    pending.put("since", workflow.since().toString());
                    pending.put("ageMillis", Duration.between(workflow.since(), now).toMillis());
                    workflows.add(pending);
                }
                json.put("pendingWorkflows", workflows);
                JsonArray consumers = new JsonArray();
                for (PollStatus consumer : seller.consumers()) {
                    JsonObject polling = new JsonObject();
                    polling.put("action", consumer.action());
                    polling.put("routeId", consumer.routeId());
                    polling.put("state", consumer.storage().name().toLowerCase(java.util.Locale.ROOT));
                    polling.put("watermark", consumer.watermark() == null ? null : consumer.watermark().toString());
                    polling.put("sinceLastPollMillis", consumer.lastSuccessfulPoll() == null ? null
                            : Duration.between(consumer.lastSuccessfulPoll(), now).toMillis());
                    polling.put("lastFailure", consumer.lastFailure());
                    consumers.add(polling);
                }
                json.put("consumers", consumers);
                JsonArray errors = new JsonArray();
                for (SellerMonitor.ErrorRecord error : seller.recentErrors()) {
                    JsonObject last = new JsonObject();
                    last.put("code", error.code());
                    last.put("action", error.action());
                    last.put("at", error.at().toString());
                    last.put("httpStatus", error.httpStatus());
                    if (error.requestId() != null) {
                        last.put("requestId", error.requestId());
                    }
                    errors.add(last);
                }
                json.put("lastErrors", errors);
                sellers.add(json);
            }
        });
        root.put("sellers", sellers);
        return root;
    }

    private static JsonArray quotas(List<QuotaSnapshot> snapshots) {
        List<JsonObject> quotas = new ArrayList<>();
        for (QuotaSnapshot quota : snapshots) {
            JsonObject json = new JsonObject();
            json.put("section", quota.section());
            json.put("bucket", quota.bucket());
            json.put("action", quota.action());
            json.put("capacity", quota.capacity());
            json.put("tokensLeft", quota.tokensLeft());
            json.put("nextRefillMillis", quota.nextRefill().toMillis());
            if (quota.hourlyQuota() != null) {
                json.put("hourlyQuota", quota.hourlyQuota());
                json.put("hourlyLeft", quota.hourlyLeft());
                if (quota.hourlyResetsOn() != null) {
                    json.put("hourlyResetsOn", quota.hourlyResetsOn().toString());
                }
            }
            quotas.add(json);
        }
        return new JsonArray(quotas);
    }
}
