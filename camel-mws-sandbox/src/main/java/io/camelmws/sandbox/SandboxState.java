package io.camelmws.sandbox;

import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.carts.CartsOperations;
import io.camelmws.sandbox.clock.SimulationClock;
import io.camelmws.sandbox.customers.Buyers;
import io.camelmws.sandbox.customers.CustomersOperations;
import io.camelmws.sandbox.easyship.EasyShipOperations;
import io.camelmws.sandbox.fault.SandboxFaults;
import io.camelmws.sandbox.feeds.FeedsSimulation;
import io.camelmws.sandbox.finances.FinancesOperations;
import io.camelmws.sandbox.gateway.GatewayLimits;
import io.camelmws.sandbox.gateway.MwsGateway;
import io.camelmws.sandbox.gateway.MwsHttpHandler;
import io.camelmws.sandbox.gateway.RequestAuthenticator;
import io.camelmws.sandbox.gateway.SandboxAccount;
import io.camelmws.sandbox.http.RequestReader;
import io.camelmws.sandbox.inventory.InventoryOperations;
import io.camelmws.sandbox.inventory.StockLedger;
import io.camelmws.sandbox.invoicing.ShipmentInvoicingOperations;
import io.camelmws.sandbox.log.RequestLog;
import io.camelmws.sandbox.operation.OperationRegistry;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.merchant.MerchantOperations;
import io.camelmws.sandbox.inbound.InboundOperations;
import io.camelmws.sandbox.outbound.OutboundOperations;
import io.camelmws.sandbox.orders.OrdersOperations;
import io.camelmws.sandbox.products.ProductsOperations;
import io.camelmws.sandbox.recommendations.RecommendationsOperations;
import io.camelmws.sandbox.reports.ReportsSimulation;
import io.camelmws.sandbox.response.SiblingShuffle;
import io.camelmws.sandbox.sellers.SellersOperations;
import io.camelmws.sandbox.subscriptions.SubscriptionsOperations;
import io.camelmws.sandbox.throttle.QuotaTable;
import io.camelmws.sandbox.throttle.Throttler;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything one sandbox remembers (account, clocks, request log, faults, throttle buckets, orders, reports,
 * feeds) and how a request reaches it. Outlives no restart: a sandbox is started once.
 */
final class SandboxState {

    final SandboxAccount account;
    final SimulationClock clock;
    final RequestLog requestLog;
    final SandboxFaults faults;
    final Throttler throttler;
    final OrderBook orderBook;
    final ReportsSimulation reports;
    final FeedsSimulation feeds;
    final StockLedger stock;
    final SubscriptionsOperations subscriptions = new SubscriptionsOperations();
    final EasyShipOperations easyShip;
    final ShipmentInvoicingOperations shipmentInvoicing;
    private final int orderItemsPageSize;
    private final int participationsPageSize;
    /** {@code null} unless answers are to come with their elements shuffled. */
    private final SiblingShuffle shuffle;
    private final int inventorySupplyPageSize;
    final OutboundOperations outbound = new OutboundOperations();
    final MerchantOperations merchant = new MerchantOperations();
    final InboundOperations inbound = new InboundOperations();
    private final int inboundShipmentsPageSize;
    private final int fulfillmentOrdersPageSize;
    private final CopyOnWriteArrayList<SandboxStateful> statefuls = new CopyOnWriteArrayList<>();

    SandboxState(MwsSandbox.Builder builder) {
        this.account = new SandboxAccount(builder.accessKey, builder.secretKey, builder.sellerId, builder.authToken);
        this.clock = SimulationClock.of(builder.clock, builder.timeScale);
        this.requestLog = new RequestLog(builder.requestLogCapacity);
        this.faults = builder.faultSeed == null ? new SandboxFaults() : new SandboxFaults(builder.faultSeed);
        this.throttler = new Throttler(QuotaTable.load(SectionCatalog.standard(), builder.quotas), clock,
                builder.throttling);
        this.orderBook = new OrderBook(clock, builder.orders, builder.seed, builder.newOrdersPerHour);
        this.orderItemsPageSize = builder.orderItemsPageSize;
        this.participationsPageSize = builder.participationsPageSize;
        this.shuffle = builder.shuffleElementOrder ? new SiblingShuffle(builder.seed) : null;
        this.inventorySupplyPageSize = builder.inventorySupplyPageSize;
        this.fulfillmentOrdersPageSize = builder.fulfillmentOrdersPageSize;
        this.inboundShipmentsPageSize = builder.inboundShipmentsPageSize;
        this.reports = new ReportsSimulation(builder.reportProcessingTimes, () -> orderBook);
        this.feeds = new FeedsSimulation(builder.feedProcessingTimes, account.sellerId());
        this.stock = new StockLedger(orderBook, inbound.sellerShipments());
        this.easyShip = new EasyShipOperations(orderBook);
        this.shipmentInvoicing = new ShipmentInvoicingOperations(orderBook, builder.feedProcessingTimes);
        register(orderBook::reset);
        register(subscriptions::reset);
        register(easyShip::reset);
        register(shipmentInvoicing::reset);
        register(reports::reset);
        register(feeds::reset);
        register(outbound::reset);
        register(merchant::reset);
        register(inbound::reset);
    }

    /** The front door for MWS requests; the port is needed because a client may sign the Host with it. */
    MwsHttpHandler mwsHandler(int port) {
        SectionCatalog catalog = SectionCatalog.standard();
        OperationRegistry operations = OperationRegistry.standard(catalog);
        OrdersOperations.register(operations, catalog, orderBook, orderItemsPageSize);
        SellersOperations.register(operations, catalog, account.sellerId(), participationsPageSize);
        reports.register(operations, catalog.section("Reports"));
        feeds.register(operations, catalog.section("Feeds"));
        ProductsOperations.register(operations, catalog, account.sellerId(), orderBook, feeds.feeds());
        InventoryOperations.register(operations, catalog, orderBook, stock, inventorySupplyPageSize);
        FinancesOperations.register(operations, catalog, orderBook);
        outbound.register(operations, catalog, orderBook, fulfillmentOrdersPageSize);
        merchant.register(operations, catalog, orderBook);
        inbound.register(operations, catalog, orderBook, stock, account.sellerId(), inboundShipmentsPageSize);
        subscriptions.register(operations, catalog);
        RecommendationsOperations.register(operations, catalog, orderBook);
        easyShip.register(operations, catalog);
        shipmentInvoicing.register(operations, catalog);
        Buyers buyers = new Buyers(orderBook);
        CustomersOperations.register(operations, catalog, buyers);
        CartsOperations.register(operations, catalog, orderBook, buyers);
        MwsGateway gateway = new MwsGateway(catalog, new RequestAuthenticator(account, port), faults, operations,
                throttler, shuffle);
        return new MwsHttpHandler(clock, new RequestReader(GatewayLimits.MAX_FORM_BODY_BYTES), gateway, requestLog);
    }

    void register(SandboxStateful stateful) {
        Objects.requireNonNull(stateful, "stateful");
        statefuls.addIfAbsent(stateful);
    }

    void reset() {
        requestLog.clear();
        faults.clear();
        throttler.reset();
        for (SandboxStateful stateful : statefuls) {
            stateful.reset();
        }
    }
}
