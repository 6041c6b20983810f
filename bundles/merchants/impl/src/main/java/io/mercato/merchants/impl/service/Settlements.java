package io.mercato.merchants.impl.service;

import io.mercato.merchants.impl.persistence.CommissionLineRow;
import io.mercato.merchants.impl.persistence.CommissionMapper;
import io.mercato.merchants.impl.persistence.MerchantMapper;
import io.mercato.merchants.impl.persistence.MerchantRow;
import io.mercato.merchants.impl.persistence.SettlementRow;
import io.mercato.merchants.impl.persistence.TermsMapper;
import io.mercato.merchants.impl.persistence.TermsRow;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Settlement runs: for each active merchant (suspended ones are held) every commission line not yet settled, booked up to
 * the end of its last complete cycle (weekly: last Sunday; monthly: the last day of the previous month, by the terms in
 * force) or up to a given day, becomes one settlement: sales, commission and what is payable to the merchant.
 */
@Component(service = Settlements.class)
public class Settlements {
    private final Transactions transactions;

    @Activate
    public Settlements(@Reference MerchantsDatabase database) {
        this.transactions = database.transactions();
    }

    public record Run(String merchant, LocalDate until) {
    }

    public record Settlement(SettlementRow settlement, List<CommissionLineRow> lines) {
    }

    public List<SettlementRow> run(Run input, Actor actor) {
        LocalDate today = LocalDate.now(SalesCommission.SHOP_ZONE);
        Check.input().rule(input == null || input.until() == null || !input.until().isAfter(today), "until", "must not be in the future").validate();
        String code = input == null || input.merchant() == null || input.merchant().isBlank() ? null : input.merchant().strip();
        LocalDate until = input == null ? null : input.until();
        List<Long> merchants = transactions.read(tx -> {
            if (code == null) {
                return tx.mapper(CommissionMapper.class).merchantsToSettle(until == null ? today : until);
            }
            MerchantRow merchant = MerchantService.require(tx.mapper(MerchantMapper.class).find(code), code);
            if (!"ACTIVE".equals(merchant.status())) {
                throw new ConflictException("merchant-" + merchant.status().toLowerCase(java.util.Locale.ROOT), "Merchant " + code + " is "
                        + merchant.status() + "; its settlements are held");
            }
            return List.of(merchant.id());
        });
        List<SettlementRow> made = new ArrayList<>();
        for (long merchantId : merchants) {
            SettlementRow settlement = settleOne(merchantId, until, today, actor);
            if (settlement != null) {
                made.add(settlement);
            }
        }
        return made;
    }

    /** One merchant in its own transaction; nothing to settle makes no settlement. */
    private SettlementRow settleOne(long merchantId, LocalDate given, LocalDate today, Actor actor) {
        try {
            return settleOneIn(merchantId, given, today, actor);
        } catch (NothingToSettle empty) {
            return null;
        }
    }

    private SettlementRow settleOneIn(long merchantId, LocalDate given, LocalDate today, Actor actor) {
        return transactions.inTransaction(actor, tx -> {
            CommissionMapper commission = tx.mapper(CommissionMapper.class);
            LocalDate until = given != null ? given : cycleEnd(tx.mapper(TermsMapper.class).terms(merchantId), today);
            long id = commission.insertSettlement(merchantId, until, actor.username());
            if (commission.settle(id, merchantId, until) == 0) {
                throw new NothingToSettle();
            }
            commission.total(id);
            SettlementRow settlement = commission.settlementById(id);
            tx.audit("merchants.settled", "settlement", settlement.number(), Map.of("merchant", settlement.merchant(), "until", until.toString(),
                    "lines", settlement.lines(), "payable", settlement.payable().toPlainString()));
            return settlement;
        });
    }

    /** Undoes the empty settlement's row; not an error for the run. */
    private static final class NothingToSettle extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NothingToSettle() {
            super(null, null, false, false);
        }
    }

    static LocalDate cycleEnd(List<TermsRow> terms, LocalDate today) {
        boolean weekly = terms.stream().filter(t -> !t.validFrom().isAfter(today) && (t.validTo() == null || !t.validTo().isBefore(today)))
                .reduce((first, second) -> second).map(t -> "WEEKLY".equals(t.settlementCycle())).orElse(false);
        return weekly ? today.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY)) : today.withDayOfMonth(1).minusDays(1);
    }

    public Settlement get(String number) {
        return transactions.read(tx -> {
            CommissionMapper commission = tx.mapper(CommissionMapper.class);
            SettlementRow row = commission.settlement(number);
            if (row == null) {
                throw new NotFoundException("No settlement " + number);
            }
            return new Settlement(row, commission.settledLines(row.id()));
        });
    }

    public Page<SettlementRow> search(String merchant, PageRequest page) {
        Long beforeId = page.after() == null ? null : Cursor.number(Cursor.parts(page.after(), 1)[0]);
        return transactions.read(tx -> {
            Long merchantId = merchant == null || merchant.isBlank() ? null
                    : MerchantService.require(tx.mapper(MerchantMapper.class).find(merchant.strip()), merchant).id();
            CommissionMapper commission = tx.mapper(CommissionMapper.class);
            return Page.of(commission.settlements(merchantId, beforeId, page.fetch(), page.offset()), page,
                    commission.settlementCount(merchantId, page.countLimit()), row -> Cursor.of(row.id()));
        });
    }

    public Page<CommissionLineRow> lines(String merchant, boolean unsettled, PageRequest page) {
        Long beforeId = page.after() == null ? null : Cursor.number(Cursor.parts(page.after(), 1)[0]);
        return transactions.read(tx -> {
            long merchantId = MerchantService.require(tx.mapper(MerchantMapper.class).find(merchant), merchant).id();
            CommissionMapper commission = tx.mapper(CommissionMapper.class);
            return Page.of(commission.lines(merchantId, unsettled, beforeId, page.fetch(), page.offset()), page,
                    commission.lineCount(merchantId, unsettled, page.countLimit()), row -> Cursor.of(row.id()));
        });
    }
}
