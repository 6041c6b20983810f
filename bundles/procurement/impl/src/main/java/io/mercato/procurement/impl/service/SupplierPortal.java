package io.mercato.procurement.impl.service;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.ForbiddenException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.security.StaffAccounts;
import io.mercato.platform.api.validation.Check;
import io.mercato.procurement.impl.persistence.BidRow;
import io.mercato.procurement.impl.persistence.SupplierMapper;
import io.mercato.procurement.impl.persistence.SupplierRow;
import io.mercato.procurement.impl.persistence.TenderItemRow;
import io.mercato.procurement.impl.persistence.TenderMapper;
import io.mercato.procurement.impl.persistence.TenderRow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What a supplier's own login sees: the tenders its supplier is invited to, with its own live bid — never another
 * supplier's, not even how many there are — and where it bids. Accounts have the role {@value #ROLE}, not staff.
 */
@Component(service = SupplierPortal.class)
public class SupplierPortal {
    public static final String ROLE = "supplier";
    private final Transactions transactions;
    private final StaffAccounts accounts;
    private final Bidding bidding;

    @Activate
    public SupplierPortal(@Reference ProcurementDatabase database, @Reference StaffAccounts accounts, @Reference Bidding bidding) {
        this.transactions = database.transactions();
        this.accounts = accounts;
        this.bidding = bidding;
    }

    /** A tender as an invited supplier sees it. */
    public record InvitedTender(String number, String title, String status, Instant deadline, List<TenderItemRow> items,
                                MyBid myBid) {
    }

    /** The supplier's own live bid with its lines and receipt. */
    public record MyBid(int version, String channel, Instant submittedAt, String digest, String nonce, List<BidInput.Line> lines) {
    }

    /** A login for a supplier's staff; the password is theirs to change. */
    public record NewAccount(String username, String displayName, String password) {
    }

    public List<String> createAccount(String supplierCode, NewAccount account, Actor actor) {
        Check.input().required("username", account.username()).required("password", account.password()).validate();
        SupplierRow supplier = transactions.read(tx -> SupplierService.require(tx.mapper(SupplierMapper.class).find(supplierCode), supplierCode));
        String username = account.username().strip().toLowerCase(java.util.Locale.ROOT);
        accounts.create(actor, username, account.displayName() == null ? supplier.name() : account.displayName(),
                account.password().toCharArray(), Set.of(ROLE));
        return transactions.inTransaction(actor, tx -> {
            TenderMapper tenders = tx.mapper(TenderMapper.class);
            tenders.insertAccount(username, supplier.id(), actor.username());
            tx.audit("supplier.account-created", "supplier", supplier.code(), Map.of("username", username));
            return tenders.accountsOf(supplier.id());
        });
    }

    public Page<InvitedTender> tenders(String username, PageRequest page) {
        long supplierId = supplierOf(username);
        return transactions.read(tx -> {
            TenderMapper tenders = tx.mapper(TenderMapper.class);
            return Page.of(tenders.search(null, null, supplierId, page.fetch(), page.offset()), page,
                    tenders.count(null, null, supplierId, page.countLimit()), null).map(row -> invited(tenders, row, supplierId));
        });
    }

    public InvitedTender tender(String username, String number) {
        long supplierId = supplierOf(username);
        return transactions.read(tx -> {
            TenderMapper tenders = tx.mapper(TenderMapper.class);
            TenderRow tender = Tenders.require(tenders.find(number), number);
            if (tenders.invitations(tender.id()).stream().noneMatch(invitation -> invitation.supplierId() == supplierId)) {
                // The same answer as for a tender that does not exist: a supplier learns nothing of others' tenders.
                throw new io.mercato.platform.api.NotFoundException("No tender " + number);
            }
            return invited(tenders, tender, supplierId);
        });
    }

    public BidReceipt bid(String username, String number, BidInput input, Actor actor) {
        if (input.supplier() != null) {
            throw new io.mercato.platform.api.ValidationException("supplier", "a supplier's own bid names no supplier");
        }
        long supplierId = supplierOf(username);
        try {
            return bidding.submitOnline(number, supplierId, input, actor);
        } catch (ConflictException notInvited) {
            if ("not-invited".equals(notInvited.code())) {
                throw new io.mercato.platform.api.NotFoundException("No tender " + number);
            }
            throw notInvited;
        }
    }

    private static InvitedTender invited(TenderMapper tenders, TenderRow tender, long supplierId) {
        BidRow bid = tenders.liveBidOf(tender.id(), supplierId);
        MyBid mine = bid == null ? null : new MyBid(bid.version(), bid.channel(), bid.submittedAt(), bid.digest(), bid.nonce(),
                tenders.bidLines(bid.id()).stream().map(Tenders::input).toList());
        return new InvitedTender(tender.number(), tender.title(), tender.status(), tender.deadline(), tenders.items(tender.id()), mine);
    }

    private long supplierOf(String username) {
        Long supplierId = transactions.read(tx -> tx.mapper(TenderMapper.class).supplierOf(username));
        if (supplierId == null) {
            throw new ForbiddenException(username + " is not a supplier's login");
        }
        return supplierId;
    }
}
