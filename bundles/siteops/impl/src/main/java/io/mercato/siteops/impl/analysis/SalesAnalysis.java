package io.mercato.siteops.impl.analysis;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.TextSearch;
import io.mercato.platform.api.validation.Check;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.siteops.impl.analysis.ClassRules.ProductClass;
import io.mercato.siteops.impl.analysis.ClassRules.Rules;
import io.mercato.siteops.impl.persistence.ActionRow;
import io.mercato.siteops.impl.persistence.AnalysisMapper;
import io.mercato.siteops.impl.persistence.ClassificationRunRow;
import io.mercato.siteops.impl.persistence.ClassifiedRow;
import io.mercato.siteops.impl.persistence.SiteopsDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reads of the sales analysis (classes, runs, the scatter, suggested actions), action follow-up, and the rules. */
@Component(service = SalesAnalysis.class)
public class SalesAnalysis {
    private static final List<String> KINDS = List.of(SuggestedActions.CLEARANCE, SuggestedActions.PURCHASE, SuggestedActions.PUSH,
            SuggestedActions.INVESTIGATE);
    private static final List<String> STATUSES = List.of("OPEN", "PROPOSED", "DONE", "DISMISSED", "OUTDATED");
    private final Transactions transactions;
    private final ConfigurationAdmin configurations;
    private final ClassificationSettings settings;

    @Activate
    public SalesAnalysis(@Reference SiteopsDatabase database, @Reference ConfigurationAdmin configurations, @Reference ClassificationSettings settings) {
        this.transactions = database.transactions();
        this.configurations = configurations;
        this.settings = settings;
    }

    public Page<ClassifiedRow> classes(String productClass, String q, PageRequest page) {
        String wanted = upper(productClass);
        Check.input().rule(wanted == null || Arrays.stream(ProductClass.values()).anyMatch(c -> c.name().equals(wanted)), "class",
                "must be BEST_SELLER, SLOW_MOVER, POTENTIAL or UNCERTAIN").validate();
        String pattern = TextSearch.contains(q);
        return transactions.read(tx -> {
            AnalysisMapper analysis = tx.mapper(AnalysisMapper.class);
            return Page.of(analysis.classified(wanted, pattern, page.fetch(), page.offset()), page,
                    tx.withinMillis(PageRequest.COUNT_MILLIS, () -> analysis.countClassified(wanted, pattern, page.countLimit())), null);
        });
    }

    public ClassifiedRow classOf(String product) {
        ClassifiedRow row = transactions.read(tx -> tx.mapper(AnalysisMapper.class).classOf(product));
        if (row == null) {
            throw new NotFoundException("Product " + product + " is not classified (yet)");
        }
        return row;
    }

    /** Runs, newest first: the class counts over time. */
    public List<ClassificationRunRow> runs(int limit) {
        return transactions.read(tx -> tx.mapper(AnalysisMapper.class).runs(limit));
    }

    public List<ClassifiedRow> scatter() {
        return transactions.read(tx -> tx.mapper(AnalysisMapper.class).scatter(500));
    }

    public Page<ActionRow> actions(String status, String kind, PageRequest page) {
        String wantedStatus = upper(status);
        String wantedKind = upper(kind);
        Check.input().rule(wantedStatus == null || STATUSES.contains(wantedStatus), "status", "must be one of " + STATUSES)
                .rule(wantedKind == null || KINDS.contains(wantedKind), "kind", "must be one of " + KINDS).validate();
        return transactions.read(tx -> {
            AnalysisMapper analysis = tx.mapper(AnalysisMapper.class);
            return Page.of(analysis.actions(wantedStatus, wantedKind, page.fetch(), page.offset()), page,
                    tx.withinMillis(PageRequest.COUNT_MILLIS, () -> analysis.countActions(wantedStatus, wantedKind, page.countLimit())), null);
        });
    }

    /** Marks an open action done or dismissed, with a note; audited. */
    public ActionRow follow(long id, String status, String note, Actor actor) {
        Check.input().text("note", note, 500, "DISMISSED".equals(status)).validate();
        return transactions.inTransaction(actor, tx -> {
            AnalysisMapper analysis = tx.mapper(AnalysisMapper.class);
            ActionRow action = analysis.lockAction(id);
            if (action == null) {
                throw new NotFoundException("No suggested action " + id);
            }
            if (!"OPEN".equals(action.status()) && !"PROPOSED".equals(action.status())) {
                throw new ConflictException("action-closed", "Action " + id + " is " + action.status());
            }
            analysis.actionStatus(id, status, null, actor.username());
            tx.audit("siteops.action-" + status.toLowerCase(Locale.ROOT), "suggested-action", Long.toString(id),
                    Map.of("product", action.productCode(), "kind", action.kind(), "note", String.valueOf(note)));
            return analysis.lockAction(id);
        });
    }

    public Rules rules() {
        return settings.rules();
    }

    /** Changes the windows and thresholds through Config Admin (also {@code etc/io.mercato.siteops.classification.cfg}). */
    public Rules updateRules(Rules input, Actor actor) {
        Check check = Check.input().required("recentDays", input == null ? null : input.recentDays());
        if (input != null) {
            check.rule(input.recentDays() >= 7 && input.recentDays() <= 365, "recentDays", "must be 7 to 365")
                    .rule(positive(input.bestSellerPerDay()), "bestSellerPerDay", "must be more than 0 with at most 3 decimals")
                    .rule(positive(input.slowMoverPerDay()), "slowMoverPerDay", "must be more than 0 with at most 3 decimals")
                    .rule(input.slowMoverPerDay() == null || input.bestSellerPerDay() == null
                            || input.slowMoverPerDay().compareTo(input.bestSellerPerDay()) < 0, "slowMoverPerDay", "must be below bestSellerPerDay")
                    .rule(input.slowCoverDays() >= 1 && input.slowCoverDays() <= 3650, "slowCoverDays", "must be 1 to 3650")
                    .rule(input.potentialTrendPercent() >= 1 && input.potentialTrendPercent() <= 10_000, "potentialTrendPercent", "must be 1 to 10000")
                    .rule(input.potentialMinUnits() >= 1, "potentialMinUnits", "must be 1 or more")
                    .rule(input.shortCoverDays() >= 1 && input.shortCoverDays() <= 365, "shortCoverDays", "must be 1 to 365")
                    .rule(input.targetCoverDays() > input.shortCoverDays() && input.targetCoverDays() <= 365, "targetCoverDays",
                            "must be above shortCoverDays and at most 365");
        }
        check.validate();
        try {
            Configuration configuration = configurations.getConfiguration(ClassificationSettings.PID, "?");
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("recentDays", input.recentDays());
            properties.put("bestSellerPerDay", input.bestSellerPerDay().toPlainString());
            properties.put("slowMoverPerDay", input.slowMoverPerDay().toPlainString());
            properties.put("slowCoverDays", input.slowCoverDays());
            properties.put("potentialTrendPercent", input.potentialTrendPercent());
            properties.put("potentialMinUnits", input.potentialMinUnits());
            properties.put("shortCoverDays", input.shortCoverDays());
            properties.put("targetCoverDays", input.targetCoverDays());
            configuration.update(properties);
        } catch (IOException e) {
            throw new IllegalStateException("the classification rules could not be stored: " + e.getMessage(), e);
        }
        transactions.inTransaction(actor, tx -> {
            tx.audit("siteops.classification-rules", "configuration", ClassificationSettings.PID, input);
            return null;
        });
        return input;
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0 && value.stripTrailingZeros().scale() <= 3 && value.compareTo(BigDecimal.valueOf(100_000)) <= 0;
    }

    private static String upper(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
    }
}
