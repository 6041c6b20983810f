package io.mercato.admin.impl.service;

import io.mercato.admin.api.ModuleAction;
import io.mercato.admin.api.ModuleState;
import io.mercato.admin.impl.persistence.ModuleMapper;
import io.mercato.admin.impl.persistence.OperationRow;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.persistence.Transactions;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Writes what an operation does as it goes: its step and progress, its end, the department's state, the audit entry. */
@Component(service = ModuleJournal.class)
public class ModuleJournal {
    private final Transactions transactions;

    @Activate
    public ModuleJournal(@Reference AdminDatabase database) {
        this.transactions = database.transactions();
    }

    Transactions transactions() {
        return transactions;
    }

    /** The operation once its request has committed, or null if it never does (the request failed and rolled back). */
    OperationRow committed(long id, long waitMillis) throws InterruptedException {
        long deadline = System.nanoTime() + waitMillis * 1_000_000;
        while (true) {
            OperationRow row = transactions.read(tx -> tx.mapper(ModuleMapper.class).operation(id));
            if (row != null || System.nanoTime() > deadline) {
                return row;
            }
            Thread.sleep(50);
        }
    }

    void step(long id, String step, int progress) {
        transactions.inTransaction(Actor.SYSTEM, tx -> tx.mapper(ModuleMapper.class).progress(id, abbreviated(step), progress));
    }

    void finish(long id, String code, ModuleAction action, String outcome, String message, ModuleState state, String version, Actor actor) {
        transactions.inTransaction(actor, tx -> {
            ModuleMapper modules = tx.mapper(ModuleMapper.class);
            modules.finish(id, outcome, message == null ? null : abbreviated(message));
            modules.save(code, state.name(), version, actor.username());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("operation", id);
            details.put("outcome", outcome);
            details.put("state", state.name());
            details.put("version", version);
            if (message != null) {
                details.put("reason", abbreviated(message));
            }
            tx.audit("admin.module." + action.name().toLowerCase(Locale.ROOT) + "." + outcome.toLowerCase(Locale.ROOT), "module", code,
                    details);
            return null;
        });
    }

    private static String abbreviated(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }
}
