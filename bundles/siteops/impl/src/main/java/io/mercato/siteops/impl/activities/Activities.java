package io.mercato.siteops.impl.activities;

import io.mercato.platform.api.Actor;
import static io.mercato.siteops.impl.support.Texts.blank;

import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.ForbiddenException;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.TextSearch;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import io.mercato.siteops.impl.activities.ActivityInputs.ActivityInput;
import io.mercato.siteops.impl.activities.ActivityInputs.DayReport;
import io.mercato.siteops.impl.persistence.ActivityMapper;
import io.mercato.siteops.impl.persistence.ActivityReportRow;
import io.mercato.siteops.impl.persistence.ActivityRow;
import io.mercato.siteops.impl.persistence.SiteopsDatabase;
import io.mercato.siteops.impl.support.ShopTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Platform activities (活动报名, §4.4): recorded by a specialist, approved or shelved by a supervisor (never their own; a
 * shelved one stays listed and can be proposed again), signed up for before the deadline, and reported day by day while
 * it runs, with the totals and the conversion so far.
 */
@Component(service = Activities.class)
public class Activities {
    private static final Set<String> STATUSES = Set.of("PROPOSED", "APPROVED", "SHELVED", "SIGNED_UP");
    private static final BigDecimal MAX_SALES = new BigDecimal("99999999999999.99");
    private final Transactions transactions;

    /** An activity with its daily reports and what they add up to. */
    public record Activity(ActivityRow details, List<ActivityReportRow> reports, Totals totals) {
    }

    public record Totals(long visitors, long orders, BigDecimal sales, BigDecimal conversionPercent) {
    }

    @Activate
    public Activities(@Reference SiteopsDatabase database) {
        this.transactions = database.transactions();
    }

    public Activity record(ActivityInput input, Actor actor) {
        ActivityInput given = input == null ? new ActivityInput(null, null, null, null, null, null, null) : input;
        LocalDate today = ShopTime.today();
        Check.input().text("platform", given.platform(), 40, true).text("name", given.name(), 120, true).text("url", given.url(), 500, false)
                .rule(given.url() == null || given.url().isBlank() || given.url().strip().matches("https?://\\S+"), "url", "must be an http(s) link")
                .text("goal", given.goal(), 500, false).required("signUpBy", given.signUpBy()).required("startsOn", given.startsOn())
                .required("endsOn", given.endsOn())
                .rule(given.startsOn() == null || given.endsOn() == null || !given.endsOn().isBefore(given.startsOn()), "endsOn", "must not be before startsOn")
                .rule(given.endsOn() == null || !given.endsOn().isBefore(today), "endsOn", "is in the past")
                .rule(given.signUpBy() == null || given.endsOn() == null || !given.signUpBy().isAfter(given.endsOn()), "signUpBy",
                        "must not be after the activity ends")
                .validate();
        return transactions.inTransaction(actor, tx -> {
            ActivityMapper activities = tx.mapper(ActivityMapper.class);
            long id = activities.insert(given.platform().strip(), given.name().strip(), blank(given.url()), given.signUpBy(), given.startsOn(),
                    given.endsOn(), blank(given.goal()), actor.username());
            ActivityRow row = activities.byId(id);
            tx.audit("siteops.activity-recorded", "activity", row.number(), Map.of("platform", row.platform(), "name", row.name()));
            return view(tx, row);
        });
    }

    /** A supervisor approves (it may be signed up for) or shelves (kept listed for later) a proposed activity. */
    public Activity decide(String number, boolean approve, String note, Actor actor) {
        Check.input().text("note", note, 500, !approve).validate();
        return transactions.inTransaction(actor, tx -> {
            ActivityRow row = lock(tx, number);
            if (!"PROPOSED".equals(row.status())) {
                throw new ConflictException("not-proposed", "Activity " + number + " is " + row.status() + ": only a proposed one is decided");
            }
            if (row.foundBy().equals(actor.username())) {
                throw new ForbiddenException("Activity " + number + " was recorded by " + actor.username() + ": nobody approves their own proposal");
            }
            String status = approve ? "APPROVED" : "SHELVED";
            tx.mapper(ActivityMapper.class).decide(row.id(), status, actor.username(), blank(note));
            tx.audit("siteops.activity-" + status.toLowerCase(Locale.ROOT), "activity", number, Map.of("note", String.valueOf(blank(note))));
            return view(tx, tx.mapper(ActivityMapper.class).byId(row.id()));
        });
    }

    /** A shelved activity proposed again, while its sign-up is still open. */
    public Activity reopen(String number, Actor actor) {
        return transactions.inTransaction(actor, tx -> {
            ActivityRow row = lock(tx, number);
            if (!"SHELVED".equals(row.status())) {
                throw new ConflictException("not-shelved", "Activity " + number + " is " + row.status() + ": only a shelved one is taken up again");
            }
            requireOpenSignUp(row);
            tx.mapper(ActivityMapper.class).decide(row.id(), "PROPOSED", null, null);
            tx.audit("siteops.activity-reopened", "activity", number, Map.of("by", actor.username()));
            return view(tx, tx.mapper(ActivityMapper.class).byId(row.id()));
        });
    }

    public Activity signUp(String number, String products, Actor actor) {
        Check.input().text("products", products, 2000, true).validate();
        return transactions.inTransaction(actor, tx -> {
            ActivityRow row = lock(tx, number);
            if (!"APPROVED".equals(row.status())) {
                throw new ConflictException("not-approved", "Activity " + number + " is " + row.status() + ": only an approved one is signed up for");
            }
            requireOpenSignUp(row);
            tx.mapper(ActivityMapper.class).signUp(row.id(), products.strip(), actor.username());
            tx.audit("siteops.activity-signed-up", "activity", number, Map.of("products", products.strip()));
            return view(tx, tx.mapper(ActivityMapper.class).byId(row.id()));
        });
    }

    /** A day's progress of a signed-up activity, a day it runs and not in the future; reported again, it is corrected. */
    public Activity report(String number, DayReport input, Actor actor) {
        DayReport given = input == null ? new DayReport(null, null, null, null, null) : input;
        LocalDate today = ShopTime.today();
        Check.input().required("day", given.day()).rule(given.day() == null || !given.day().isAfter(today), "day", "is in the future")
                .notNegative("visitors", given.visitors()).required("visitors", given.visitors())
                .notNegative("orders", given.orders()).required("orders", given.orders())
                .rule(given.orders() == null || given.visitors() == null || given.orders() <= given.visitors() || given.visitors() == 0, "orders",
                        "cannot be more than the visitors")
                .money("sales", given.sales(), true, MAX_SALES)
                .text("note", given.note(), 500, false).validate();
        return transactions.inTransaction(actor, tx -> {
            ActivityRow row = lock(tx, number);
            if (!"SIGNED_UP".equals(row.status())) {
                throw new ConflictException("not-signed-up", "Activity " + number + " is " + row.status() + ": progress is reported once signed up");
            }
            if (given.day().isBefore(row.startsOn()) || given.day().isAfter(row.endsOn())) {
                throw new io.mercato.platform.api.ValidationException("day", "must be a day the activity runs (" + row.startsOn() + " to " + row.endsOn() + ")");
            }
            tx.mapper(ActivityMapper.class).report(row.id(), given.day(), given.visitors(), given.orders(), given.sales(), blank(given.note()),
                    actor.username());
            tx.audit("siteops.activity-reported", "activity", number, Map.of("day", given.day().toString(), "orders", given.orders(),
                    "sales", given.sales().toPlainString()));
            return view(tx, tx.mapper(ActivityMapper.class).byId(row.id()));
        });
    }

    public Activity get(String number) {
        return transactions.read(tx -> {
            ActivityRow row = number == null ? null : tx.mapper(ActivityMapper.class).activity(number);
            if (row == null) {
                throw new NotFoundException("No activity " + number);
            }
            return view(tx, row);
        });
    }

    public Page<ActivityRow> search(String status, String q, PageRequest page) {
        String wanted = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        Check.input().rule(wanted == null || STATUSES.contains(wanted), "status", "must be PROPOSED, APPROVED, SHELVED or SIGNED_UP").validate();
        String pattern = TextSearch.contains(q);
        return transactions.read(tx -> {
            ActivityMapper activities = tx.mapper(ActivityMapper.class);
            return Page.of(activities.search(wanted, pattern, page.fetch(), page.offset()), page,
                    tx.withinMillis(PageRequest.COUNT_MILLIS, () -> activities.count(wanted, pattern, page.countLimit())), null);
        });
    }

    private static void requireOpenSignUp(ActivityRow row) {
        if (row.signUpBy().isBefore(ShopTime.today())) {
            throw new ConflictException("sign-up-closed", "The sign-up of activity " + row.number() + " closed on " + row.signUpBy());
        }
    }

    private static ActivityRow lock(TransactionContext tx, String number) {
        ActivityRow row = number == null ? null : tx.mapper(ActivityMapper.class).lock(number);
        if (row == null) {
            throw new NotFoundException("No activity " + number);
        }
        return row;
    }

    private static Activity view(TransactionContext tx, ActivityRow row) {
        List<ActivityReportRow> reports = tx.mapper(ActivityMapper.class).reports(row.id());
        long visitors = reports.stream().mapToLong(ActivityReportRow::visitors).sum();
        long orders = reports.stream().mapToLong(ActivityReportRow::orders).sum();
        BigDecimal sales = reports.stream().map(ActivityReportRow::sales).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal conversion = visitors == 0 ? null : BigDecimal.valueOf(orders * 100).divide(BigDecimal.valueOf(visitors), 2, RoundingMode.HALF_UP);
        return new Activity(row, reports, new Totals(visitors, orders, sales, conversion));
    }
}
