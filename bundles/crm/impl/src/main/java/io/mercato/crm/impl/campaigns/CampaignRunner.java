package io.mercato.crm.impl.campaigns;

import io.mercato.crm.api.MessageSender;
import io.mercato.crm.api.OutgoingMessage;
import io.mercato.crm.impl.persistence.CampaignMapper;
import io.mercato.crm.impl.persistence.CampaignRow;
import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.crm.impl.persistence.MemberRow;
import io.mercato.crm.impl.persistence.SegmentMapper;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.DaemonThreads;
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
    private final ExecutorService worker = Executors.newSingleThreadExecutor(DaemonThreads.named("crm-campaigns"));
    private final Map<ServiceReference<MessageSender>, MessageSender> senders = new ConcurrentHashMap<>();
    private final java.util.Set<Long> pauses = ConcurrentHashMap.newKeySet();
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
        pauses.remove(campaignId);
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

    /**
     * One batch of members; false when there is nothing more to do now. Each member is claimed (its row and the campaign's
     * position committed) just before its message leaves, so a pause takes effect between two messages and a crash loses at
     * most the message under way.
     */
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
        SegmentRules rules = transactions.read(tx -> Segments.rules(tx.mapper(SegmentMapper.class).byId(campaign.segmentId())));
        List<MemberRow> members = transactions.read(tx -> tx.mapper(SegmentMapper.class).members(rules.query(campaign.lastMemberId(), BATCH)));
        if (members.isEmpty()) {
            transactions.inTransaction(actor, tx -> {
                tx.mapper(CampaignMapper.class).recount(campaignId);
                if (tx.mapper(CampaignMapper.class).finish(campaignId) == 1) {
                    tx.audit("crm.campaign-finished", "campaign", campaign.number(), Map.of("total", campaign.total()));
                }
                return null;
            });
            return false;
        }
        for (MemberRow member : members) {
            if (stopping || pauses.contains(campaignId)) {
                transactions.inTransaction(actor, tx -> tx.mapper(CampaignMapper.class).recount(campaignId));
                return false;
            }
            Claimed message = transactions.inTransaction(actor, tx -> claim(tx.mapper(CampaignMapper.class), campaign, member));
            if (message != null) {
                String error = null;
                try {
                    sender.send(new OutgoingMessage(campaign.number(), member.code(), campaign.channel(), message.to(), message.subject(),
                            message.body()));
                } catch (Exception e) {
                    error = e.getClass().getSimpleName() + ": " + e.getMessage();
                }
                String outcome = error == null ? "SENT" : "FAILED";
                String reason = error;
                transactions.inTransaction(actor, tx -> tx.mapper(CampaignMapper.class).settle(campaignId, member.id(), outcome, reason));
            }
        }
        transactions.inTransaction(actor, tx -> tx.mapper(CampaignMapper.class).recount(campaignId));
        return true;
    }

    /** Claims the member for the campaign (consent read now) and moves the campaign past it; the message to send, or null. */
    private static Claimed claim(CampaignMapper campaigns, CampaignRow campaign, MemberRow member) {
        String status = Consent.status(member, campaign.channel());
        boolean claimed = campaigns.claim(campaign.id(), member.id(), status) == 1;
        campaigns.advance(campaign.id(), member.id());
        if (!claimed || !"PENDING".equals(status)) {
            return null;
        }
        return new Claimed(member.id(), member.code(), "SMS".equals(campaign.channel()) ? member.mobile() : member.email(),
                personal(campaign.body(), member), campaign.subject() == null ? "" : personal(campaign.subject(), member));
    }

    /** Stops the campaign's sending before its next message (the status is changed by the caller). */
    void pause(long campaignId) {
        pauses.add(campaignId);
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
