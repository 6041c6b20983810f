package io.mercato.siteops.impl.analysis;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.TextSearch;
import io.mercato.platform.api.validation.Check;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.settings.SettingsChange;
import io.mercato.platform.api.settings.SettingsVersion;
import io.mercato.siteops.impl.analysis.ClassRules.ProductClass;
import io.mercato.siteops.impl.analysis.ClassRules.Rules;
import io.mercato.siteops.impl.persistence.ActionRow;
import io.mercato.siteops.impl.persistence.AnalysisMapper;
import io.mercato.siteops.impl.persistence.ClassificationRunRow;
import io.mercato.siteops.impl.persistence.ClassifiedRow;
import io.mercato.siteops.impl.persistence.SiteopsDatabase;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private final ClassificationSettings settings;

    @Activate
    public SalesAnalysis(@Reference SiteopsDatabase database, @Reference ClassificationSettings settings) {
        this.transactions = database.transactions();
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

    /** Saves the windows and thresholds as a new version of the rules (fields left out take the defaults). */
    public Rules updateRules(Rules input, String note, Actor actor) {
        return settings.document().save(new SettingsChange<>(input, note), actor).settings();
    }

    public List<SettingsVersion<Rules>> ruleVersions() {
        return settings.document().versions(50);
    }

    private static String upper(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
    }
}
