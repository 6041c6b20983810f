package ${package}.impl;

import ${package}.api.Entry;
import ${package}.api.EntryService;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The entries: read by anyone with the capability, created with the change audited. */
@Component(service = {EntryService.class, Entries.class})
public class Entries implements EntryService {
    private final Transactions transactions;

    @Activate
    public Entries(@Reference DepartmentDatabase database) {
        this.transactions = database.transactions();
    }

    @Override
    public List<Entry> latest(int limit) {
        Check.input().rule(limit >= 1 && limit <= 200, "limit", "must be between 1 and 200").validate();
        return transactions.read(tx -> tx.mapper(EntryMapper.class).latest(limit));
    }

    @Override
    public Optional<Entry> find(long id) {
        return Optional.ofNullable(transactions.read(tx -> tx.mapper(EntryMapper.class).find(id)));
    }

    public Entry create(String title, Actor actor) {
        Check.input().text("title", title, 200, true).validate();
        return transactions.inTransaction(actor, tx -> {
            Entry created = tx.mapper(EntryMapper.class).insert(title.strip(), actor.username());
            tx.audit("${department}.entry-created", "${department}-entry", String.valueOf(created.id()), Map.of("title", created.title()));
            return created;
        });
    }
}
