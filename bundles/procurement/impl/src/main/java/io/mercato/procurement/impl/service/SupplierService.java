package io.mercato.procurement.impl.service;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.TextSearch;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import io.mercato.procurement.impl.persistence.ScorecardMapper;
import io.mercato.procurement.impl.persistence.SupplierMapper;
import io.mercato.procurement.impl.persistence.SupplierRow;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Suppliers: create, edit, list, and their standing (active, on hold, blocked with a reason). */
@Component(service = SupplierService.class)
public class SupplierService {
    static final Set<String> STATUSES = Set.of("ACTIVE", "ON_HOLD", "BLOCKED");
    private final Transactions transactions;
    private final Owners owners;

    @Activate
    public SupplierService(@Reference ProcurementDatabase database, @Reference Owners owners) {
        this.transactions = database.transactions();
        this.owners = owners;
    }

    public Supplier create(SupplierInput input, Actor actor) {
        validate(input, true);
        String owner = owners.of(Capabilities.SUPPLIER);
        return transactions.inTransaction(actor, tx -> {
            SupplierRow row = tx.mapper(SupplierMapper.class).insert(input.code(), input.name().strip(), blank(input.contactName()),
                    blank(input.contactPhone()), blank(input.contactEmail()), categories(input), input.paymentTerms(), owner,
                    actor.username());
            if (row == null) {
                throw new ConflictException("duplicate-code", "A supplier with code " + input.code() + " already exists");
            }
            Supplier created = Supplier.of(row);
            tx.audit("supplier.created", "supplier", created.code(), created);
            return created;
        });
    }

    public Supplier update(String code, SupplierInput input, Actor actor) {
        validate(input, false);
        return transactions.inTransaction(actor, tx -> {
            SupplierMapper suppliers = tx.mapper(SupplierMapper.class);
            Supplier before = Supplier.of(require(suppliers.lock(code), code));
            suppliers.update(code, input.name().strip(), blank(input.contactName()), blank(input.contactPhone()),
                    blank(input.contactEmail()), categories(input), input.paymentTerms());
            Supplier after = Supplier.of(suppliers.find(code));
            tx.audit("supplier.updated", "supplier", code, Map.of("before", before, "after", after));
            return after;
        });
    }

    public Supplier changeStatus(String code, SupplierStatusChange change, Actor actor) {
        String status = change.status() == null ? null : change.status().strip();
        Check.input()
                .required("status", status)
                .rule(status == null || STATUSES.contains(status), "status", "must be ACTIVE, ON_HOLD or BLOCKED")
                .text("reason", change.reason(), 500, status != null && !"ACTIVE".equals(status))
                .validate();
        return transactions.inTransaction(actor, tx -> {
            SupplierMapper suppliers = tx.mapper(SupplierMapper.class);
            SupplierRow before = require(suppliers.lock(code), code);
            suppliers.setStatus(code, status, "ACTIVE".equals(status) ? null : change.reason().strip());
            Supplier after = Supplier.of(suppliers.find(code));
            tx.audit("supplier.status-changed", "supplier", code, Map.of("from", before.status(), "to", status,
                    "reason", String.valueOf(after.statusReason())));
            return after;
        });
    }

    /** The supplier's scorecard over the last {@code months} months (1–36, 12 unless given), this month included. */
    public Scorecard scorecard(String code, Integer months) {
        int window = months == null ? 12 : months;
        Check.input().rule(window >= 1 && window <= 36, "months", "must be between 1 and 36").validate();
        return transactions.read(tx -> scorecard(tx, require(tx.mapper(SupplierMapper.class).find(code), code), window));
    }

    static Scorecard scorecard(io.mercato.platform.api.persistence.TransactionContext tx, SupplierRow supplier, int months) {
        java.time.LocalDate today = java.time.LocalDate.now(PurchaseOrderService.COMPANY_ZONE);
        java.time.LocalDate from = java.time.YearMonth.from(today).minusMonths(months - 1L).atDay(1);
        ScorecardMapper records = tx.mapper(ScorecardMapper.class);
        return Scorecard.of(supplier.code(), months, today, records.months(supplier.id(), from, today),
                records.prices(supplier.id(), from, 5));
    }

    public Supplier get(String code) {
        return Supplier.of(require(transactions.read(tx -> tx.mapper(SupplierMapper.class).find(code)), code));
    }

    public Page<Supplier> search(String q, String status, PageRequest page) {
        String pattern = TextSearch.contains(q);
        String state = status == null || status.isBlank() ? null : status.strip();
        Check.input().rule(state == null || STATUSES.contains(state), "status", "must be ACTIVE, ON_HOLD or BLOCKED").validate();
        String afterCode = page.after() == null ? null : Cursor.parts(page.after(), 1)[0];
        if (afterCode != null && !Codes.SUPPLIER.matcher(afterCode).matches()) {
            throw new io.mercato.platform.api.ValidationException("after", "is not a cursor this list gave");
        }
        return transactions.read(tx -> {
            SupplierMapper suppliers = tx.mapper(SupplierMapper.class);
            return Page.of(suppliers.search(pattern, state, afterCode, page.fetch(), page.offset()), page,
                    suppliers.count(pattern, state, page.countLimit()), row -> Cursor.of(row.code())).map(Supplier::of);
        });
    }

    static SupplierRow require(SupplierRow row, String code) {
        if (row == null) {
            throw new NotFoundException("No supplier " + code);
        }
        return row;
    }

    private static void validate(SupplierInput input, boolean creating) {
        Check check = Check.input();
        if (creating) {
            check.code("code", input.code(), Codes.SUPPLIER, Codes.SUPPLIER_TEXT);
        }
        check.text("name", input.name(), 200, true)
                .text("contactName", input.contactName(), 100, false)
                .text("contactPhone", input.contactPhone(), 40, false)
                .text("contactEmail", input.contactEmail(), 200, false)
                .rule(input.contactEmail() == null || input.contactEmail().isBlank() || input.contactEmail().strip().matches("[^@\\s]+@[^@\\s]+"),
                        "contactEmail", "must be an e-mail address")
                .code("paymentTerms", input.paymentTerms(), Codes.PAYMENT_TERMS, Codes.PAYMENT_TERMS_TEXT);
        List<String> categories = input.categories() == null ? List.of() : input.categories();
        check.rule(categories.size() <= 50, "categories", "must be at most 50");
        for (String category : categories) {
            check.rule(category != null && !category.isBlank() && category.strip().codePointCount(0, category.strip().length()) <= 50
                    && !category.contains(","), "categories", "each must be 1-50 characters without ','");
        }
        check.validate();
    }

    private static String categories(SupplierInput input) {
        return input.categories() == null ? "" : String.join(",", input.categories().stream().map(String::strip).distinct().toList());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
