package io.mercato.delivery.impl.service;

import io.mercato.delivery.impl.persistence.BlacklistMapper;
import io.mercato.delivery.impl.persistence.BlacklistRow;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.TextSearch;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contacts that may not order unreviewed: phones (digits) and addresses (as compared, see {@link OrderChecks}). */
@Component(service = Blacklist.class)
public class Blacklist {
    private final Transactions transactions;

    @Activate
    public Blacklist(@Reference DeliveryDatabase database) {
        this.transactions = database.transactions();
    }

    public record Entry(String kind, String value, String reason) {
    }

    public Page<BlacklistRow> search(String q, PageRequest page) {
        String pattern = TextSearch.contains(q);
        Long beforeId = page.after() == null ? null : Cursor.number(Cursor.parts(page.after(), 1)[0]);
        return transactions.read(tx -> {
            BlacklistMapper list = tx.mapper(BlacklistMapper.class);
            return Page.of(list.search(pattern, beforeId, page.fetch(), page.offset()), page, list.count(pattern, page.countLimit()),
                    row -> Cursor.of(row.id()));
        });
    }

    public BlacklistRow add(Entry entry, Actor actor) {
        String kind = entry == null || entry.kind() == null ? null : entry.kind().strip().toUpperCase(java.util.Locale.ROOT);
        Check.input()
                .rule(kind != null && Set.of("PHONE", "ADDRESS").contains(kind), "kind", "must be PHONE or ADDRESS")
                .text("value", entry == null ? null : entry.value(), 300, true)
                .rule(!"PHONE".equals(kind) || entry.value() == null || PhoneNumbers.TYPED.matcher(entry.value()).matches(), "value",
                        "must be a phone number: digits, spaces, '+', '-' or parentheses")
                .text("reason", entry == null ? null : entry.reason(), 500, true)
                .validate();
        String value = "PHONE".equals(kind) ? PhoneNumbers.normalise(entry.value()) : OrderChecks.normaliseAddress(entry.value());
        return transactions.inTransaction(actor, tx -> {
            BlacklistMapper list = tx.mapper(BlacklistMapper.class);
            Long id = list.insert(kind, value, entry.reason().strip(), actor.username());
            if (id == null) {
                throw new ConflictException("already-blacklisted", kind + " " + value + " is on the blacklist already");
            }
            tx.audit("delivery.blacklisted", "blacklist", String.valueOf(id), Map.of("kind", kind, "reason", entry.reason().strip()));
            return list.search(null, id + 1, 1, 0).get(0);
        });
    }

    public void remove(long id, Actor actor) {
        transactions.inTransaction(actor, tx -> {
            if (tx.mapper(BlacklistMapper.class).remove(id, actor.username()) == 0) {
                throw new NotFoundException("No blacklist entry " + id);
            }
            tx.audit("delivery.unblacklisted", "blacklist", String.valueOf(id), Map.of("id", id));
            return null;
        });
    }
}
