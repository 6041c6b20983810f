package io.mercato.crm.impl.tiers;

import io.mercato.crm.impl.members.ShopTime;
import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.crm.impl.persistence.MemberMapper;
import io.mercato.crm.impl.points.PointsService;
import io.mercato.crm.impl.tickets.Tickets;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.DaemonThreads;
import io.mercato.platform.api.persistence.Transactions;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly work, run hourly so a day missed while the shop's server was down is caught up: points lots whose life ended
 * expire, tiers whose review date has come are reviewed (downgrades happen only here), and open tickets past an SLA get
 * their breach stored. All are idempotent.
 */
@Component(service = NightlyReview.class, immediate = true)
public class NightlyReview {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyReview.class);
    private static final Actor NIGHTLY = new Actor("crm-nightly");
    private final Transactions transactions;
    private final TierReview tiers;
    private final PointsService points;
    private final Tickets tickets;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("crm-nightly"));

    /** What a run did. */
    public record Run(LocalDate day, long pointsExpired, int tiersReviewed, int slaBreachesStored) {
    }

    @Activate
    public NightlyReview(@Reference CrmDatabase database, @Reference TierReview tiers, @Reference PointsService points,
                         @Reference Tickets tickets) {
        this.transactions = database.transactions();
        this.tiers = tiers;
        this.points = points;
        this.tickets = tickets;
        timer.scheduleWithFixedDelay(this::runQuietly, 5, 60, TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    public Run run(LocalDate today, Actor actor) {
        long expired = points.expireDue(today, actor);
        int breaches = tickets.stampBreaches(actor);
        int reviewed = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> due = transactions.read(tx -> tx.mapper(MemberMapper.class).reviewDue(today, from, 200));
            if (due.isEmpty()) {
                return new Run(today, expired, reviewed, breaches);
            }
            for (long member : due) {
                transactions.inTransaction(actor, tx -> tiers.review(tx, member, today, "review date"));
                reviewed++;
            }
            after = due.get(due.size() - 1);
        }
    }

    private void runQuietly() {
        try {
            Run run = run(ShopTime.today(), NIGHTLY);
            LOG.info("CRM nightly review for {}: {} points expired, {} tiers reviewed", run.day(), run.pointsExpired(), run.tiersReviewed());
        } catch (RuntimeException e) {
            LOG.warn("CRM nightly review failed; it runs again within the hour", e);
        }
    }
}
