package io.camelmws.sandbox.server.admin;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.clock.SimulationClock;
import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.log.SandboxRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin routes every stand-alone sandbox has: request log, faults, clock, throttling, reset, the feeds received
 * and the order book. They use only the sandbox's public Java API, so the two stay in step.
 */
public final class BuiltInRoutes {

    private BuiltInRoutes() {
    }

    public static void install(AdminRouter router, MwsSandbox sandbox) {
        router.add("GET", "/__sandbox/requests", (body, query) -> AdminResponse.ok(requests(sandbox)));
        router.add("DELETE", "/__sandbox/requests", (body, query) -> {
            sandbox.clearRequests();
            return AdminResponse.ok("{\"cleared\":true}");
        });
        router.add("GET", "/__sandbox/faults", (body, query) -> AdminResponse.ok(faults(sandbox)));
        router.add("POST", "/__sandbox/faults", (body, query) -> {
            FaultRule rule = FaultJson.toRule(Json.parseObject(body));
            sandbox.faults().add(rule);
            return new AdminResponse(201, Json.write(FaultJson.toJson(rule)));
        });
        router.add("DELETE", "/__sandbox/faults", (body, query) -> {
            sandbox.faults().clear();
            return AdminResponse.ok("{\"cleared\":true}");
        });
        router.add("GET", "/__sandbox/clock", (body, query) -> AdminResponse.ok(clock(sandbox.clock())));
        router.add("POST", "/__sandbox/clock/advance", (body, query) -> {
            Object seconds = Json.parseObject(body).get("seconds");
            if (!(seconds instanceof Number number) || !(Math.abs(number.doubleValue()) < 1e9)) {
                throw new IllegalArgumentException("Clock advance needs {\"seconds\": <number>}, was " + body.strip());
            }
            sandbox.advanceClock(Duration.ofNanos(Math.round(number.doubleValue() * 1e9)));
            return AdminResponse.ok(clock(sandbox.clock()));
        });
        router.add("GET", "/__sandbox/throttling", (body, query) -> AdminResponse.ok(throttling(sandbox)));
        router.add("POST", "/__sandbox/throttling", (body, query) -> {
            Object enabled = Json.parseObject(body).get("enabled");
            if (!(enabled instanceof Boolean on)) {
                throw new IllegalArgumentException("Throttling needs {\"enabled\": true|false}, was " + body.strip());
            }
            sandbox.setThrottling(on);
            return AdminResponse.ok(throttling(sandbox));
        });
        router.add("POST", "/__sandbox/reset", (body, query) -> {
            sandbox.reset();
            return AdminResponse.ok("{\"reset\":true}");
        });
        router.add("GET", FeedsAdmin.LIST_PATH, FeedsAdmin.list(sandbox.feeds()));
        router.add("GET", FeedsAdmin.CONTENT_PATH, FeedsAdmin.content(sandbox.feeds()));
        router.add("POST", OrderBookAdmin.SEED_PATH, OrderBookAdmin.seedHandler(sandbox.orders()));
    }

    private static String requests(MwsSandbox sandbox) {
        List<Object> entries = new ArrayList<>();
        for (SandboxRequest request : sandbox.requests()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("receivedAt", request.receivedAt().toString());
            entry.put("method", request.method());
            entry.put("path", request.path());
            entry.put("action", request.action());
            entry.put("status", request.status());
            entry.put("errorCode", request.errorCode());
            entry.put("fault", request.fault());
            entry.put("requestId", request.requestId());
            entry.put("host", request.host());
            entry.put("userAgent", request.userAgent());
            entry.put("contentType", request.contentType());
            entry.put("parameters", request.printableParameters());
            entries.add(entry);
        }
        return Json.write(entries);
    }

    private static String faults(MwsSandbox sandbox) {
        List<Object> rules = new ArrayList<>();
        for (FaultRule rule : sandbox.faults().pending()) {
            rules.add(FaultJson.toJson(rule));
        }
        return Json.write(rules);
    }

    private static String clock(SimulationClock clock) {
        return Json.object("wall", clock.wall().instant().toString(), "simulated", clock.instant().toString(),
                "scale", clock.timeScale(), "advancedSeconds", clock.advanced().toNanos() / 1e9);
    }

    private static String throttling(MwsSandbox sandbox) {
        return Json.object("enabled", sandbox.throttling());
    }
}
