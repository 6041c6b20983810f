package io.mercato.platform.org;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.security.AccountStatus;
import io.mercato.platform.api.security.StaffAccounts;
import io.mercato.platform.api.validation.Check;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Staff management: the searchable staff list, moving someone to another position, lifting a login lock. */
final class Staffing {
    private final Transactions transactions;
    private final StaffAccounts accounts;

    Staffing(Transactions transactions, StaffAccounts accounts) {
        this.transactions = transactions;
        this.accounts = accounts;
    }

    Page<StaffMember> list(String query, String departmentCode, PageRequest page) {
        String q = blankToNull(query);
        String department = blankToNull(departmentCode);
        return transactions.read(tx -> {
            OrgMapper org = tx.mapper(OrgMapper.class);
            List<StaffRow> rows = org.staff(q, department, page.offset(), page.size());
            return new Page<>(withAccounts(rows), page.page(), page.size(), org.staffCount(q, department));
        });
    }

    StaffMember get(String username) {
        String name = normalise(username);
        StaffRow row = transactions.read(tx -> tx.mapper(OrgMapper.class).staffMember(name));
        if (row == null) {
            throw new NotFoundException("No staff member " + name);
        }
        return withAccounts(List.of(row)).get(0);
    }

    /** Moves a member of staff to another position; their approvals then follow the new reporting line. */
    StaffMember move(String username, String positionCode, Actor actor) {
        Check.input().required("position", blankToNull(positionCode)).validate();
        String name = normalise(username);
        transactions.inTransaction(actor, tx -> {
            OrgMapper org = tx.mapper(OrgMapper.class);
            PlacementRow before = org.placement(name);
            if (before == null) {
                throw new NotFoundException("No staff member " + name);
            }
            if (org.lockPosition(positionCode) == null) {
                throw new ValidationException("position", "no position with code " + positionCode);
            }
            org.moveStaff(name, positionCode);
            tx.audit("org.staff-moved", "staff", name, Map.of("before", Map.of("position", before.positionCode(),
                    "department", before.departmentCode()), "after", Map.of("position", positionCode)));
            return null;
        });
        return get(name);
    }

    /** Lifts the login lock of a member of staff (not of other accounts: this is staff management). */
    StaffMember unlock(String username, Actor actor) {
        get(username);
        accounts.unlock(actor, username);
        return get(username);
    }

    private List<StaffMember> withAccounts(List<StaffRow> rows) {
        Map<String, AccountStatus> statuses = accounts.statuses(rows.stream().map(StaffRow::username).toList());
        Instant now = Instant.now();
        return rows.stream().map(row -> {
            AccountStatus account = statuses.get(row.username());
            boolean locked = account != null && account.locked(now);
            return new StaffMember(row.username(), account == null ? row.username() : account.displayName(),
                    row.positionCode(), row.positionTitleEn(), row.positionTitleZh(), row.level(), row.departmentCode(),
                    row.departmentNameEn(), row.departmentNameZh(), row.assignedAt(), locked,
                    locked ? account.lockedUntil() : null);
        }).toList();
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
