package io.mercato.siteops.impl.analysis;

import static io.mercato.siteops.impl.support.Texts.json;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.DaemonThreads;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.siteops.impl.analysis.ClassRules.Figures;
import io.mercato.siteops.impl.analysis.ClassRules.Outcome;
import io.mercato.siteops.impl.analysis.ClassRules.ProductClass;
import io.mercato.siteops.impl.analysis.ClassRules.Rules;
import io.mercato.siteops.impl.persistence.AnalysisMapper;
import io.mercato.siteops.impl.persistence.SiteopsDatabase;
import io.mercato.siteops.impl.persistence.SkuSalesRow;
import io.mercato.siteops.impl.upload.StockCheck;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Classifies every product that is not a draft from the sales read model (two windows of daily totals per SKU), the stock
 * the warehouse reports (when installed) and the costs pricing knows; stores each product's class with figures and
 * reason, a run with the class counts, and the suggested actions — in one transaction, written in bulk.
 */
@Component(service = Classification.class)
public class Classification {
    private final Transactions transactions;
    private final ClassificationSettings settings;
    private final StockCheck stock;
    private final ClassificationStore store;
    private final ExecutorService background = Executors.newSingleThreadExecutor(DaemonThreads.named("siteops-classification-stock"));

    /** What a run did. */
    public record Run(long id, LocalDate asOf, int products, Map<ProductClass, Integer> classes, int actions, long millis,
                      Map<String, Long> phaseMillis) {
    }

    /** A product's outcome with what the actions need: its SKUs' velocities and stock. */
    record ProductOutcome(long productId, Outcome outcome, Figures figures, BigDecimal revenue, BigDecimal marginPercent, List<SkuNeed> skus) {
    }

    record SkuNeed(String sku, BigDecimal velocity, int stock) {
    }

    @Activate
    public Classification(@Reference SiteopsDatabase database, @Reference ClassificationSettings settings, @Reference StockCheck stock,
                          @Reference ClassificationStore store) {
        this.transactions = database.transactions();
        this.settings = settings;
        this.stock = stock;
        this.store = store;
    }

    @Deactivate
    void stop() {
        background.shutdownNow();
    }

    public Run run(LocalDate asOf, Actor actor) {
        long started = System.nanoTime();
        Rules rules = settings.rules();
        LocalDate recentFrom = asOf.minusDays(rules.recentDays());
        LocalDate previousFrom = recentFrom.minusDays(rules.recentDays());
        Map<String, Long> phases = new LinkedHashMap<>();
        return transactions.inTransaction(actor, tx -> {
            long phase = System.nanoTime();
            // The warehouse counts stock on its own connection while the sales are summed here: two cores, two queries.
            List<String> skus = tx.mapper(AnalysisMapper.class).classifiedSkus();
            CompletableFuture<Optional<Map<String, Integer>>> stockCount = CompletableFuture.supplyAsync(() -> stock.available(skus), background);
            List<SkuSalesRow> rows = tx.mapper(AnalysisMapper.class).skuSales(asOf, recentFrom, previousFrom);
            phase = lap(phases, "sales", phase);
            Optional<Map<String, Integer>> available = stockCount.join();
            phase = lap(phases, "stock", phase);
            List<ProductOutcome> outcomes = outcomes(rows, available, rules);
            phase = lap(phases, "classify", phase);
            Map<ProductClass, Integer> counts = new EnumMap<>(ProductClass.class);
            for (ProductClass productClass : ProductClass.values()) {
                counts.put(productClass, 0);
            }
            outcomes.forEach(o -> counts.merge(o.outcome().productClass(), 1, Integer::sum));
            AnalysisMapper analysis = tx.mapper(AnalysisMapper.class);
            long runId = analysis.insertRun(asOf, json(rules), outcomes.size(), counts.get(ProductClass.BEST_SELLER), counts.get(ProductClass.SLOW_MOVER),
                    counts.get(ProductClass.POTENTIAL), counts.get(ProductClass.UNCERTAIN), 0, actor.username());
            store.classes(tx, runId, outcomes);
            phase = lap(phases, "storeClasses", phase);
            int actions = store.actions(tx, runId, SuggestedActions.of(outcomes, rules));
            lap(phases, "storeActions", phase);
            long millis = (System.nanoTime() - started) / 1_000_000;
            analysis.runTook(runId, (int) millis);
            tx.audit("siteops.classified", "classification-run", Long.toString(runId), Map.of("asOf", asOf.toString(), "products", outcomes.size(),
                    "classes", counts.toString(), "actions", actions));
            return new Run(runId, asOf, outcomes.size(), counts, actions, millis, phases);
        });
    }

    private static long lap(Map<String, Long> phases, String name, long since) {
        long now = System.nanoTime();
        phases.put(name, (now - since) / 1_000_000);
        return now;
    }

    static List<ProductOutcome> outcomes(List<SkuSalesRow> rows, Optional<Map<String, Integer>> available, Rules rules) {
        Map<Long, List<SkuSalesRow>> byProduct = new LinkedHashMap<>();
        rows.forEach(row -> byProduct.computeIfAbsent(row.productId(), id -> new ArrayList<>()).add(row));
        List<ProductOutcome> outcomes = new ArrayList<>(byProduct.size());
        BigDecimal days = BigDecimal.valueOf(rules.recentDays());
        byProduct.forEach((productId, skus) -> {
            int recent = 0;
            int previous = 0;
            Integer units = available.isPresent() ? 0 : null;
            BigDecimal revenue = BigDecimal.ZERO;
            BigDecimal cost = BigDecimal.ZERO;
            boolean costKnown = true;
            List<SkuNeed> needs = new ArrayList<>(skus.size());
            for (SkuSalesRow sku : skus) {
                recent += sku.recentUnits();
                previous += sku.previousUnits();
                revenue = revenue.add(sku.revenue());
                int inStock = available.map(a -> a.getOrDefault(sku.sku(), 0)).orElse(0);
                if (units != null) {
                    units += inStock;
                }
                if (sku.recentUnits() > 0) {
                    if (sku.cost() == null) {
                        costKnown = false;
                    } else {
                        cost = cost.add(sku.cost().multiply(BigDecimal.valueOf(sku.recentUnits())));
                    }
                }
                needs.add(new SkuNeed(sku.sku(), BigDecimal.valueOf(sku.recentUnits()).divide(days, 3, RoundingMode.HALF_UP), inStock));
            }
            Figures figures = new Figures(recent, previous, units);
            BigDecimal margin = costKnown && cost.signum() > 0
                    ? revenue.subtract(cost).multiply(BigDecimal.valueOf(100)).divide(cost, 2, RoundingMode.HALF_UP) : null;
            outcomes.add(new ProductOutcome(productId, ClassRules.classify(figures, rules), figures, revenue, margin,
                    available.isPresent() ? needs : List.of()));
        });
        return outcomes;
    }
}
