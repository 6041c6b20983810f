package io.mercato.procurement.api;

import io.mercato.platform.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The purchase list (采购名单): what procurement is asked to buy. Site operations proposes items here (domain §2:
 * procurement agrees the list with site operations); procurement turns them into tenders and purchase orders.
 * Failures: {@code ValidationException} naming the field for bad input.
 */
@ProviderType
public interface PurchaseListService {
    /**
     * Adds an item proposed by another department. A second proposal with the same department and reference returns
     * the first item and adds nothing (safe to retry).
     */
    PurchaseListItem propose(ProposedItem item, Actor actor);
}
