package io.camelmws.sandbox.reports;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.operation.OperationRegistry;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.webservice.ProcessingTimes;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The Reports section (REFERENCE 9.1): report requests and their life cycle on the simulated clock, schedules,
 * acknowledgements, and report documents generated from the seller's order book and listings — or, for
 * {@code _GET_SANDBOX_SYNTHETIC_DATA_}, streamed from a generator at any size; and the settlement reports Amazon
 * makes on its own when a settlement period closes.
 */
public final class ReportsSimulation {

    private final ReportStore store;
    private final ReportTypes types = ReportTypes.standard();
    private final SettlementReports settlements;

    /**
     * @param times     how long requests stay {@code _SUBMITTED_} and {@code _IN_PROGRESS_}
     * @param orderBook the seller's orders and listings, looked up when a report completes
     */
    public ReportsSimulation(ProcessingTimes times, Supplier<OrderBook> orderBook) {
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(orderBook, "orderBook");
        this.store = new ReportStore(times, new ReportContents(orderBook));
        this.settlements = new SettlementReports(store, types, orderBook);
    }

    /** Registers the Reports operations of {@code reports} (the catalog's Reports section). */
    public void register(OperationRegistry registry, Section reports) {
        ReportRequestOperations requests = new ReportRequestOperations(store, types);
        ReportOperations documents = new ReportOperations(store, types);
        ReportScheduleOperations schedules = new ReportScheduleOperations(store, types);
        add(registry, reports, "RequestReport", requests::requestReport);
        add(registry, reports, "GetReportRequestList", requests::list);
        add(registry, reports, "GetReportRequestListByNextToken", requests::listByNextToken);
        add(registry, reports, "GetReportRequestCount", requests::count);
        add(registry, reports, "CancelReportRequests", requests::cancel);
        add(registry, reports, "GetReportList", documents::list);
        add(registry, reports, "GetReportListByNextToken", documents::listByNextToken);
        add(registry, reports, "GetReportCount", documents::count);
        add(registry, reports, "GetReport", documents::getReport);
        add(registry, reports, "UpdateReportAcknowledgements", documents::updateAcknowledgements);
        add(registry, reports, "ManageReportSchedule", schedules::manage);
        add(registry, reports, "GetReportScheduleList", schedules::list);
        add(registry, reports, "GetReportScheduleListByNextToken", schedules::listByNextToken);
        add(registry, reports, "GetReportScheduleCount", schedules::count);
    }

    /** Forgets every report request, report and schedule. */
    public void reset() {
        store.clear();
        settlements.reset();
    }

    /**
     * Every operation first submits the requests of schedule ticks the clock has passed, and Amazon's settlement
     * reports of the periods that closed.
     */
    private void add(OperationRegistry registry, Section section, String action, OperationHandler operation) {
        registry.register(section, action, WebServiceResponses.guarded(call -> {
            store.catchUp(call.now());
            settlements.catchUp(call.now());
            return operation.handle(call);
        }));
    }
}
