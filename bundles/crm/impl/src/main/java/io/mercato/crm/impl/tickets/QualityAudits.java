package io.mercato.crm.impl.tickets;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mercato.crm.impl.members.ShopTime;
import io.mercato.crm.impl.persistence.AgentMonthRow;
import io.mercato.crm.impl.persistence.AuditMapper;
import io.mercato.crm.impl.persistence.AuditRow;
import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The performance & audit team's work: supervisors sample each agent's closed tickets of a month at random (a share per
 * agent), score them on a checklist, and read the month's per-agent report: volume, SLA kept, audit score.
 */
@Component(service = QualityAudits.class)
public class QualityAudits {
    /** The checklist: each item scored 0 to 5; the audit score is their sum as a percentage of the most. */
    public static final List<String> CHECKLIST = List.of("greeting", "understanding", "accuracy", "solution", "attitude");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Transactions transactions;

    public record Sampling(String month, BigDecimal share) {
    }

    public record Scoring(Map<String, Integer> scores, String comment) {
    }

    public record Sampled(String month, int added, List<AuditRow> audits) {
    }

    /** One agent's line of the report, with the SLA kept as a percentage. */
    public record AgentLine(String agent, int resolved, int slaKept, BigDecimal slaKeptPercent, int audited, BigDecimal auditScore) {
    }

    @Activate
    public QualityAudits(@Reference CrmDatabase database) {
        this.transactions = database.transactions();
    }

    public Sampled sample(Sampling sampling, Actor actor) {
        YearMonth month = month(sampling == null ? null : sampling.month(), "month");
        Check.input().required("share", sampling == null ? null : sampling.share()).validate();
        Check.input().rule(sampling.share().compareTo(BigDecimal.ZERO) > 0 && sampling.share().compareTo(BigDecimal.ONE) <= 0, "share",
                "must be above 0 and at most 1 (e.g. 0.1 for a tenth)").validate();
        return transactions.inTransaction(actor, tx -> {
            AuditMapper audits = tx.mapper(AuditMapper.class);
            audits.lockSampling();
            int added = audits.sample(month.atDay(1), start(month), start(month.plusMonths(1)), sampling.share(), actor.username());
            tx.audit("crm.tickets-sampled", "ticket-audit", month.toString(), Map.of("share", sampling.share().toPlainString(), "added", added));
            return new Sampled(month.toString(), added, audits.list(month.atDay(1), null, false));
        });
    }

    public List<AuditRow> list(String month, String agent, boolean pending) {
        YearMonth wanted = month(month, "month");
        return transactions.read(tx -> tx.mapper(AuditMapper.class).list(wanted.atDay(1), agent == null || agent.isBlank() ? null : agent.strip(),
                pending));
    }

    public AuditRow score(String ticket, Scoring scoring, Actor actor) {
        Check check = Check.input().rule(scoring != null && scoring.scores() != null, "scores", "must score " + String.join(", ", CHECKLIST));
        check.validate();
        int total = 0;
        for (String item : CHECKLIST) {
            Integer value = scoring.scores().get(item);
            check.rule(value != null && value >= 0 && value <= 5, "scores." + item, "must be 0 to 5");
            total += value == null ? 0 : value;
        }
        check.rule(CHECKLIST.containsAll(scoring.scores().keySet()), "scores", "has only the items " + String.join(", ", CHECKLIST))
                .text("comment", scoring.comment(), 1000, false).validate();
        BigDecimal score = BigDecimal.valueOf(total * 100L).divide(BigDecimal.valueOf(CHECKLIST.size() * 5L), 2, RoundingMode.HALF_UP);
        Map<String, Integer> ordered = new LinkedHashMap<>();
        CHECKLIST.forEach(item -> ordered.put(item, scoring.scores().get(item)));
        return transactions.inTransaction(actor, tx -> {
            AuditMapper audits = tx.mapper(AuditMapper.class);
            if (audits.score(ticket, json(ordered), score, scoring.comment() == null || scoring.comment().isBlank() ? null
                    : scoring.comment().strip(), actor.username()) == 0) {
                throw new NotFoundException("Ticket " + ticket + " is not in an audit sample");
            }
            tx.audit("crm.ticket-audited", "ticket", ticket, Map.of("score", score.toPlainString()));
            return audits.find(ticket);
        });
    }

    public List<AgentLine> report(String month) {
        YearMonth wanted = month(month, "month");
        return transactions.read(tx -> tx.mapper(AuditMapper.class).report(wanted.atDay(1), start(wanted), start(wanted.plusMonths(1))))
                .stream().map(QualityAudits::line).toList();
    }

    private static AgentLine line(AgentMonthRow row) {
        BigDecimal kept = row.resolved() == 0 ? null : BigDecimal.valueOf(row.slaKept() * 100L).divide(BigDecimal.valueOf(row.resolved()), 1,
                RoundingMode.HALF_UP);
        return new AgentLine(row.agent(), row.resolved(), row.slaKept(), kept, row.audited(), row.auditScore());
    }

    private static YearMonth month(String text, String field) {
        if (text == null || text.isBlank()) {
            return YearMonth.from(ShopTime.today());
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new io.mercato.platform.api.ValidationException(field, "must be a month like 2026-11");
        }
    }

    private static Instant start(YearMonth month) {
        return ShopTime.startOf(month.atDay(1));
    }

    private static String json(Map<String, Integer> scores) {
        try {
            return JSON.writeValueAsString(scores);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
