package io.mercato.platform.approvals;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.persistence.SchemaDatabase;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reading and replacing the approval rules per document type. A rule set must start at amount 0 and may
 * only ask for the same or a higher level as the amount grows; new submissions use it at once, approvals
 * already under way keep the level they were submitted with.
 */
@Component(service = ApprovalRules.class)
public class ApprovalRules {
    private static final Pattern DOCUMENT_TYPE = Pattern.compile("[a-z0-9][a-z0-9-]{1,49}");
    private final Transactions transactions;

    @Activate
    public ApprovalRules(@Reference(target = "(" + SchemaDatabase.SCHEMA_PROPERTY + "=approvals)") SchemaDatabase database) {
        this.transactions = database.transactions(ApprovalMapper.class);
    }

    public List<ApprovalRuleSet> all() {
        return grouped(transactions.read(tx -> tx.mapper(ApprovalMapper.class).rules()));
    }

    /** The level a document of this type and amount must reach, by the rules as they are now. */
    static PositionLevel requiredLevel(ApprovalMapper mapper, String documentType, BigDecimal amount) {
        List<RuleRow> rows = mapper.rulesFor(documentType);
        return rows.isEmpty() ? ApprovalRuleSet.DEFAULT_LEVEL : grouped(rows).get(0).requiredLevel(amount);
    }

    public ApprovalRuleSet replace(String documentType, List<ApprovalRuleSet.Threshold> thresholds, Actor actor) {
        validate(documentType, thresholds);
        return transactions.inTransaction(actor, tx -> {
            ApprovalMapper rules = tx.mapper(ApprovalMapper.class);
            List<RuleRow> before = rules.lockRules(documentType);
            rules.deleteRules(documentType);
            thresholds.forEach(t -> rules.insertRule(documentType, t.minAmount(), t.level()));
            ApprovalRuleSet after = grouped(rules.lockRules(documentType)).get(0);
            tx.audit("approval.rules-changed", "approval-rule", documentType, Map.of(
                    "before", before.isEmpty() ? List.of() : grouped(before).get(0).thresholds(),
                    "after", after.thresholds()));
            return after;
        });
    }

    static void validate(String documentType, List<ApprovalRuleSet.Threshold> thresholds) {
        Check check = Check.input()
                .code("documentType", documentType, DOCUMENT_TYPE, "2-50 lower-case letters, digits or '-'")
                .rule(thresholds != null && !thresholds.isEmpty(), "thresholds", "give at least the rule from amount 0");
        if (thresholds != null && !thresholds.isEmpty()) {
            List<String> levels = Arrays.stream(PositionLevel.values()).map(Enum::name).toList();
            BigDecimal previousAmount = null;
            int previousLevel = -1;
            for (int i = 0; i < thresholds.size(); i++) {
                ApprovalRuleSet.Threshold threshold = thresholds.get(i);
                String field = "thresholds[" + i + "]";
                if (threshold == null || threshold.minAmount() == null || threshold.level() == null) {
                    check.add(new FieldError(field, "needs minAmount and level"));
                    continue;
                }
                int level = levels.indexOf(threshold.level());
                check.rule(level >= 0, field + ".level", "must be one of " + levels)
                        .money(field + ".minAmount", threshold.minAmount(), true)
                        .rule(i > 0 || threshold.minAmount().signum() == 0, field + ".minAmount", "the first rule starts at 0")
                        .rule(previousAmount == null || threshold.minAmount().compareTo(previousAmount) > 0,
                                field + ".minAmount", "amounts must rise from one rule to the next")
                        .rule(level < 0 || level >= previousLevel, field + ".level",
                                "a higher amount cannot need a lower level than a smaller one");
                previousAmount = threshold.minAmount();
                previousLevel = Math.max(previousLevel, level);
            }
        }
        check.validate();
    }

    private static List<ApprovalRuleSet> grouped(List<RuleRow> rows) {
        Map<String, List<ApprovalRuleSet.Threshold>> byType = new LinkedHashMap<>();
        for (RuleRow row : rows) {
            byType.computeIfAbsent(row.documentType(), type -> new ArrayList<>())
                    .add(new ApprovalRuleSet.Threshold(row.minAmount(), row.requiredLevel()));
        }
        return byType.entrySet().stream().map(e -> new ApprovalRuleSet(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
