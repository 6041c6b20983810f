package io.mercato.siteops.impl.analysis;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.DaemonThreads;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.siteops.impl.persistence.AnalysisMapper;
import io.mercato.siteops.impl.persistence.ClassificationRunRow;
import io.mercato.siteops.impl.persistence.SiteopsDatabase;
import io.mercato.siteops.impl.support.ShopTime;
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

/** Classifies once a day (checked hourly, so a day the server was down is caught up) and hands open proposals to procurement. */
@Component(service = ClassificationClock.class, immediate = true)
public class ClassificationClock {
    private static final Logger LOG = LoggerFactory.getLogger(ClassificationClock.class);
    private static final Actor CLOCK = new Actor("siteops-classification");
    private final Transactions transactions;
    private final Classification classification;
    private final PurchaseProposals proposals;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("siteops-classification"));

    @Activate
    public ClassificationClock(@Reference SiteopsDatabase database, @Reference Classification classification, @Reference PurchaseProposals proposals) {
        this.transactions = database.transactions();
        this.classification = classification;
        this.proposals = proposals;
        timer.scheduleWithFixedDelay(this::dailyQuietly, 10, 60, TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    private void dailyQuietly() {
        try {
            LocalDate today = ShopTime.today();
            List<ClassificationRunRow> last = transactions.read(tx -> tx.mapper(AnalysisMapper.class).runs(1));
            if (last.isEmpty() || last.get(0).asOf().isBefore(today)) {
                classification.run(today, CLOCK);
            }
            proposals.proposeOpen(CLOCK);
        } catch (RuntimeException e) {
            LOG.warn("Daily classification: {}", e.toString());
        }
    }
}
