package io.mercato.platform.security;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.persistence.Transactions;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Once an hour: sessions ended or expired a month ago and login counts of guesses long past are deleted. */
@Component(immediate = true)
public class SecurityHousekeeping {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityHousekeeping.class);
    private final Transactions transactions;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "mercato-security-housekeeping"));

    @Activate
    public SecurityHousekeeping(@Reference SecurityDatabase database) {
        this.transactions = database.transactions();
        timer.scheduleWithFixedDelay(this::purge, 1, 60, TimeUnit.MINUTES);
    }

    void purge() {
        try {
            int sessions = transactions.inTransaction(Actor.SYSTEM, tx -> tx.mapper(SessionMapper.class).purge());
            int counts = transactions.inTransaction(Actor.SYSTEM, tx -> tx.mapper(ThrottleMapper.class).purge());
            LOG.debug("Deleted {} old sessions and {} old login counts", sessions, counts);
        } catch (RuntimeException e) {
            LOG.warn("Security housekeeping failed; it runs again in an hour: {}", e.getMessage());
        }
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }
}
