package io.mercato.crm.impl.campaigns;

import io.mercato.crm.impl.persistence.CampaignMapper;
import io.mercato.crm.impl.persistence.CampaignRow;
import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.crm.impl.persistence.SegmentMapper;
import io.mercato.crm.impl.persistence.SegmentRow;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Campaigns: an SMS or e-mail to a segment, drafted, then sent in the background ({@link CampaignRunner}) with its progress
 * shown, pausable and resumable; each member gets it at most once, and opt-outs and consent are checked when it is sent.
 */
@Component(service = Campaigns.class)
public class Campaigns {
    private final Transactions transactions;
    private final CampaignRunner runner;

    public record CampaignInput(String name, String segment, String channel, String subject, String body) {
    }

    /** A campaign and how far it got: members done of the total (those counted when it started). */
    public record Campaign(CampaignRow details, int done, int percent) {
        static Campaign of(CampaignRow row) {
            int done = row.sent() + row.failed() + row.optedOut() + row.noAddress();
            int percent = "DONE".equals(row.status()) ? 100 : row.total() == 0 ? 0 : Math.min(99, done * 100 / row.total());
            return new Campaign(row, done, percent);
        }
    }

    @Activate
    public Campaigns(@Reference CrmDatabase database, @Reference CampaignRunner runner) {
        this.transactions = database.transactions();
        this.runner = runner;
    }

    public Campaign create(CampaignInput input, Actor actor) {
        String channel = input == null || input.channel() == null ? null : input.channel().strip().toUpperCase(Locale.ROOT);
        Check.input().text("name", input == null ? null : input.name(), 100, true).text("segment", input == null ? null : input.segment(), 20, true)
                .rule("SMS".equals(channel) || "EMAIL".equals(channel), "channel", "must be SMS or EMAIL")
                .text("subject", input == null ? null : input.subject(), 200, "EMAIL".equals(channel))
                .text("body", input == null ? null : input.body(), "SMS".equals(channel) ? 500 : 20_000, true)
                .validate();
        return transactions.inTransaction(actor, tx -> {
            SegmentRow segment = Segments.require(tx, input.segment());
            CampaignMapper campaigns = tx.mapper(CampaignMapper.class);
            long id = campaigns.insert(input.name().strip(), segment.id(), channel, "EMAIL".equals(channel) ? input.subject().strip() : null,
                    input.body().strip(), actor.username());
            CampaignRow row = campaigns.byId(id);
            tx.audit("crm.campaign-created", "campaign", row.number(), Map.of("segment", segment.code(), "channel", channel));
            return Campaign.of(row);
        });
    }

    public List<Campaign> list() {
        return transactions.read(tx -> tx.mapper(CampaignMapper.class).all().stream().map(Campaign::of).toList());
    }

    public Campaign get(String number) {
        return Campaign.of(transactions.read(tx -> require(tx, number)));
    }

    /** Starts sending: the total is the segment's count now; the runner takes it from here. */
    public Campaign start(String number, Actor actor) {
        Campaign started = transactions.inTransaction(actor, tx -> {
            CampaignRow row = require(tx, number);
            SegmentRow segment = tx.mapper(SegmentMapper.class).byId(row.segmentId());
            long total = tx.mapper(SegmentMapper.class).count(Segments.rules(segment).query(null, PageRequest.COUNT_LIMIT * 1000));
            if (tx.mapper(CampaignMapper.class).start(row.id(), (int) total, actor.username()) == 0) {
                throw new ConflictException("not-draft", "Campaign " + number + " is " + row.status() + ": a campaign is started once");
            }
            tx.audit("crm.campaign-started", "campaign", number, Map.of("total", total));
            return Campaign.of(tx.mapper(CampaignMapper.class).byId(row.id()));
        });
        runner.wake(started.details().id());
        return started;
    }

    public Campaign pause(String number, Actor actor) {
        Campaign paused = move(number, "SENDING", "PAUSED", "crm.campaign-paused", actor);
        runner.pause(paused.details().id());
        return paused;
    }

    public Campaign resume(String number, Actor actor) {
        Campaign resumed = move(number, "PAUSED", "SENDING", "crm.campaign-resumed", actor);
        runner.wake(resumed.details().id());
        return resumed;
    }

    private Campaign move(String number, String from, String to, String action, Actor actor) {
        return transactions.inTransaction(actor, tx -> {
            CampaignRow row = require(tx, number);
            if (tx.mapper(CampaignMapper.class).move(row.id(), from, to) == 0) {
                throw new ConflictException("wrong-status", "Campaign " + number + " is " + row.status() + ", not " + from);
            }
            tx.audit(action, "campaign", number, Map.of("from", from, "to", to));
            return Campaign.of(tx.mapper(CampaignMapper.class).byId(row.id()));
        });
    }

    private static CampaignRow require(TransactionContext tx, String number) {
        CampaignRow row = number == null ? null : tx.mapper(CampaignMapper.class).find(number);
        if (row == null) {
            throw new NotFoundException("No campaign " + number);
        }
        return row;
    }
}
