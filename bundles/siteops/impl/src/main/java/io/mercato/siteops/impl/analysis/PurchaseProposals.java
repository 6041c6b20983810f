package io.mercato.siteops.impl.analysis;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.procurement.api.ProposedItem;
import io.mercato.procurement.api.PurchaseListItem;
import io.mercato.procurement.api.PurchaseListService;
import io.mercato.siteops.impl.persistence.ActionRow;
import io.mercato.siteops.impl.persistence.AnalysisMapper;
import io.mercato.siteops.impl.persistence.SiteopsDatabase;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Hands open purchase proposals for best-sellers running short to procurement's purchase list (采购名单) while procurement
 * is installed; otherwise they stay open here and go at the next run. The action's id is the proposal's reference, so a
 * retry after a crash adds nothing twice.
 */
@Component(service = PurchaseProposals.class)
public class PurchaseProposals {
    private static final int BATCH = 200;
    /** The department procurement sees as the origin of the proposals. */
    private static final String ORIGIN = "siteops";
    private final Transactions transactions;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PurchaseListService purchaseList;

    @Activate
    public PurchaseProposals(@Reference SiteopsDatabase database) {
        this.transactions = database.transactions();
    }

    public boolean procurementInstalled() {
        return purchaseList != null;
    }

    /** Proposes every open purchase proposal; how many went to procurement (0 while it is not installed). */
    public int proposeOpen(Actor actor) {
        int proposed = 0;
        List<ActionRow> open;
        do {
            PurchaseListService list = purchaseList;
            if (list == null) {
                return proposed;
            }
            open = transactions.read(tx -> tx.mapper(AnalysisMapper.class).openProposals(BATCH));
            for (ActionRow action : open) {
                PurchaseListItem item = list.propose(new ProposedItem(action.sku(), action.quantity(), null, null, ORIGIN,
                        "SA-" + action.id(), action.detail().length() > 500 ? action.detail().substring(0, 500) : action.detail()), actor);
                transactions.inTransaction(actor, tx -> {
                    tx.mapper(AnalysisMapper.class).actionStatus(action.id(), "PROPOSED", "purchase-list item " + item.id(), actor.username());
                    tx.audit("siteops.purchase-proposed", "suggested-action", Long.toString(action.id()), Map.of("sku", action.sku(),
                            "quantity", action.quantity(), "purchaseListItem", item.id()));
                    return null;
                });
                proposed++;
            }
        } while (open.size() == BATCH);
        return proposed;
    }
}
