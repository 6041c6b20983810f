package io.mercato.crm.impl.campaigns;

import io.mercato.crm.api.MessageSender;
import io.mercato.crm.api.OutgoingMessage;
import io.mercato.crm.impl.persistence.CampaignMapper;
import io.mercato.crm.impl.persistence.CampaignRow;
import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.crm.impl.persistence.MemberRow;
import io.mercato.crm.impl.persistence.SegmentMapper;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.persistence.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends campaigns in the background, a batch of members at a time, in the segment's member order. For each member the
 * message row is committed (pending) before the message leaves, so a crash can lose a message but never send one twice;
 * opt-outs and consent are read when the batch is sent, not when the segment was made. A paused campaign stops after its
 * batch; campaigns still sending when the bundle stopped go on when it starts.
 */
@Component(service = CampaignRunner.class, immediate = true)
public class CampaignRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CampaignRunner.class);
    private static final int BATCH = 100;
    private final Transactions transactions;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "crm-campaigns");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<ServiceReference<MessageSender>, MessageSender> senders = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    @Activate
    public CampaignRunner(@Reference CrmDatabase database) {
        this.transactions = database.transactions();
        transactions.read(tx -> tx.mapper(CampaignMapper.class).sending()).forEach(this::wake);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSender(ServiceReference<MessageSender> reference, MessageSender sender) {
        senders.put(reference, sender);
    }

    void removeSender(ServiceReference<MessageSender> reference) {
        senders.remove(reference);
    }

    @Deactivate
    void stop() {
        stopping = true;
        worker.shutdownNow();
    }

    /** Sends the campaign's next batches until it is done, paused or the bundle stops. */
    void wake(long campaignId) {
        worker.execute(() -> {
            try {
                while (!stopping && batch(campaignId)) {
                    // next batch
                }
            } catch (RuntimeException e) {
                LOG.warn("Campaign {} stopped on an error; it goes on at the next start or resume", campaignId, e);
            }
        });
    }

    /** One batch; false when there is nothing more to do now. */
    private boolean batch(long campaignId) {
        CampaignRow campaign = transactions.read(tx -> tx.mapper(CampaignMapper.class).byId(campaignId));
        if (campaign == null || !"SENDING".equals(campaign.status())) {
            return false;
        }
        MessageSender sender = sender(campaign.channel());
        if (sender == null) {
            LOG.warn("No sender for {} is registered; campaign {} waits", campaign.channel(), campaign.number());
            return false;
        }
        Actor actor = new Actor(campaign.startedBy());
        List<Claimed> claimed = transactions.inTransaction(actor, tx -> {
            CampaignRow locked = tx.mapper(CampaignMapper.class).lock(campaignId);
            if (!"SENDING".equals(locked.status())) {
                return null;
            }
            SegmentRules rules = Segments.rules(tx.mapper(SegmentMapper.class).byId(locked.segmentId()));
            List<MemberRow> members = tx.mapper(SegmentMapper.class).members(rules.query(locked.lastMemberId(), BATCH));
            List<Claimed> batch = new ArrayList<>();
            for (MemberRow member : members) {
                String status = Consent.status(member, locked.channel());
                if (tx.mapper(CampaignMapper.class).claim(campaignId, member.id(), status) == 1 && "PENDING".equals(status)) {
                    batch.add(new Claimed(member.id(), member.code(), "SMS".equals(locked.channel()) ? member.mobile() : member.email(),
                            personal(locked.body(), member), locked.subject() == null ? "" : personal(locked.subject(), member)));
                }
            }
            if (members.isEmpty()) {
                tx.mapper(CampaignMapper.class).recount(campaignId);
                tx.mapper(CampaignMapper.class).finish(campaignId);
                tx.audit("crm.campaign-finished", "campaign", locked.number(), Map.of("total", locked.total()));
            } else {
                tx.mapper(CampaignMapper.class).advance(campaignId, members.get(members.size() - 1).id());
            }
            return members.isEmpty() ? null : batch;
        });
        if (claimed == null) {
            return false;
        }
        for (Claimed message : claimed) {
            String error = null;
            try {
                sender.send(new OutgoingMessage(campaign.number(), message.memberCode(), campaign.channel(), message.to(), message.subject(),
                        message.body()));
            } catch (Exception e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            String outcome = error == null ? "SENT" : "FAILED";
            String reason = error;
            transactions.inTransaction(actor, tx -> tx.mapper(CampaignMapper.class).settle(campaignId, message.memberId(), outcome, reason));
        }
        transactions.inTransaction(actor, tx -> tx.mapper(CampaignMapper.class).recount(campaignId));
        return true;
    }

    private MessageSender sender(String channel) {
        return senders.entrySet().stream().filter(e -> channel.equals(e.getKey().getProperty(MessageSender.CHANNEL)))
                .max((a, b) -> a.getKey().compareTo(b.getKey())).map(Map.Entry::getValue).orElse(null);
    }

    /** {name} in a text becomes the member's name. */
    private static String personal(String text, MemberRow member) {
        return text.replace("{name}", member.name());
    }

    private record Claimed(long memberId, String memberCode, String to, String body, String subject) {
    }
}
