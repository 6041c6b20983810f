package io.mercato.siteops.impl.upload;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.DaemonThreads;
import java.time.Instant;
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
 * Lists scheduled uploads and delists products at their times (上下架), every few seconds; times missed while the server
 * was down are caught up at start. Each product is listed or delisted in its own transaction, once.
 */
@Component(service = ListingClock.class, immediate = true)
public class ListingClock {
    private static final Logger LOG = LoggerFactory.getLogger(ListingClock.class);
    private static final Actor CLOCK = new Actor("siteops-listing-clock");
    private static final int BATCH = 200;
    private final Uploads uploads;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("siteops-listing-clock"));

    @Activate
    public ListingClock(@Reference Uploads uploads) {
        this.uploads = uploads;
        timer.scheduleWithFixedDelay(this::tickQuietly, 2, 5, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    /** One tick: everything due now is listed or delisted; returns how many products changed. */
    int tick(Instant now) {
        int changed = 0;
        List<String> due;
        do {
            due = uploads.dueForListing(now, BATCH);
            for (String number : due) {
                changed += uploads.listIfDue(number, now).isPresent() ? 1 : 0;
            }
        } while (due.size() == BATCH);
        do {
            due = uploads.dueForDelisting(now, BATCH);
            for (String product : due) {
                changed += uploads.delist(product, "delisting time reached", CLOCK) ? 1 : 0;
            }
        } while (due.size() == BATCH);
        return changed;
    }

    private void tickQuietly() {
        try {
            tick(Instant.now());
        } catch (RuntimeException e) {
            LOG.warn("Listing clock: {}", e.toString());
        }
    }
}
