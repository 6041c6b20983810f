package io.mercato.crm.impl.campaigns;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.crm.impl.persistence.SegmentMapper;
import io.mercato.crm.impl.persistence.SegmentRow;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Segments: named rules with a live count of the members they take (counted when shown, never stored). */
@Component(service = Segments.class)
public class Segments {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long a live count may take (the list counts each segment within a page's usual budget). */
    private static final int PREVIEW_MILLIS = 1000;
    private final Transactions transactions;

    public record SegmentInput(String name, SegmentRules rules) {
    }

    /** A segment with its members counted now ({@code count} null when counting took longer than a page may wait). */
    public record Segment(String code, String name, SegmentRules rules, Long count, String createdBy, java.time.Instant createdAt) {
    }

    /** Members matching now; null when counting took longer than the time allowed. */
    public record Count(Long count) {
    }

    @Activate
    public Segments(@Reference CrmDatabase database) {
        this.transactions = database.transactions();
    }

    public Count preview(SegmentRules rules) {
        validate(rules, "");
        return transactions.read(tx -> count(tx, rules, PREVIEW_MILLIS));
    }

    public Segment create(SegmentInput input, Actor actor) {
        Check.input().text("name", input == null ? null : input.name(), 60, true).required("rules", input == null ? null : input.rules())
                .validate();
        validate(input.rules(), "rules.");
        return transactions.inTransaction(actor, tx -> {
            long id = tx.mapper(SegmentMapper.class).insert(input.name().strip(), write(input.rules()), actor.username());
            SegmentRow row = tx.mapper(SegmentMapper.class).byId(id);
            tx.audit("crm.segment-created", "segment", row.code(), Map.of("name", row.name(), "rules", row.rules()));
            return view(tx, row, PREVIEW_MILLIS);
        });
    }

    public List<Segment> list() {
        return transactions.read(tx -> tx.mapper(SegmentMapper.class).all().stream().map(row -> view(tx, row, PageRequest.COUNT_MILLIS)).toList());
    }

    public Segment get(String code) {
        return transactions.read(tx -> view(tx, require(tx, code), PREVIEW_MILLIS));
    }

    static SegmentRow require(TransactionContext tx, String code) {
        SegmentRow row = code == null ? null : tx.mapper(SegmentMapper.class).find(code.strip());
        if (row == null) {
            throw new NotFoundException("No segment " + code);
        }
        return row;
    }

    static SegmentRules rules(SegmentRow row) {
        try {
            return JSON.readValue(row.rules(), SegmentRules.class);
        } catch (IOException e) {
            throw new IllegalStateException("segment " + row.code() + " has rules this version cannot read", e);
        }
    }

    private static Segment view(TransactionContext tx, SegmentRow row, int millis) {
        SegmentRules rules = rules(row);
        return new Segment(row.code(), row.name(), rules, count(tx, rules, millis).count(), row.createdBy(), row.createdAt());
    }

    private static Count count(TransactionContext tx, SegmentRules rules, int millis) {
        OptionalLong counted = tx.withinMillis(millis, () -> tx.mapper(SegmentMapper.class).count(rules.query(null, Integer.MAX_VALUE)));
        return new Count(counted.isPresent() ? counted.getAsLong() : null);
    }

    private static void validate(SegmentRules rules, String prefix) {
        Check check = Check.input().required(prefix.isEmpty() ? "rules" : prefix.substring(0, prefix.length() - 1), rules);
        check.validate();
        rules.validate(check, prefix);
        check.validate();
    }

    private static String write(SegmentRules rules) {
        try {
            return JSON.writeValueAsString(rules);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
