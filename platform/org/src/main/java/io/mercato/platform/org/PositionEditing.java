package io.mercato.platform.org;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Editing the org after its template: new positions, new titles, levels, planned headcount and superiors. */
final class PositionEditing {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,29}");
    private final Transactions transactions;

    PositionEditing(Transactions transactions) {
        this.transactions = transactions;
    }

    OrgChart.Seat create(PositionChange change, Actor actor) {
        Check check = Check.input()
                .code("code", change.code(), CODE, "2-30 upper-case letters, digits or '-'")
                .required("department", change.department());
        PositionLevel level = validate(check, change);
        return transactions.inTransaction(actor, tx -> {
            OrgMapper org = tx.mapper(OrgMapper.class);
            DepartmentRef department = org.lockDepartment(change.department());
            if (department == null || !department.active()) {
                throw new ValidationException("department", "no active department with code " + change.department());
            }
            requireSuperior(org, change.code(), superiorOf(change));
            Long id = org.insertPositionIfAbsent(change.code(), change.department(), change.titleEn().trim(),
                    change.titleZh().trim(), level.name(), change.plannedHeadcount());
            if (id == null) {
                throw new ConflictException("position-exists", "A position " + change.code() + " already exists");
            }
            org.setSuperior(change.code(), superiorOf(change));
            PositionRow created = org.lockPosition(change.code());
            tx.audit("org.position-created", "position", change.code(), Map.of("after", snapshot(created)));
            return seat(tx, created);
        });
    }

    OrgChart.Seat update(String code, PositionChange change, Actor actor) {
        PositionLevel level = validate(Check.input(), change);
        return transactions.inTransaction(actor, tx -> {
            OrgMapper org = tx.mapper(OrgMapper.class);
            PositionRow before = org.lockPosition(code);
            if (before == null) {
                throw new NotFoundException("No position " + code);
            }
            requireSuperior(org, code, superiorOf(change));
            org.updatePosition(code, change.titleEn().trim(), change.titleZh().trim(), level.name(), change.plannedHeadcount());
            org.setSuperior(code, superiorOf(change));
            PositionRow after = org.lockPosition(code);
            tx.audit("org.position-changed", "position", code, Map.of("before", snapshot(before), "after", snapshot(after)));
            return seat(tx, after);
        });
    }

    private static PositionLevel validate(Check check, PositionChange change) {
        PositionLevel level = Arrays.stream(PositionLevel.values()).filter(l -> l.name().equals(change.level()))
                .findFirst().orElse(null);
        check.text("titleEn", change.titleEn(), 100, true)
                .text("titleZh", change.titleZh(), 100, true)
                .rule(level != null, "level", "must be one of " + Arrays.toString(PositionLevel.values()))
                .notNegative("plannedHeadcount", change.plannedHeadcount())
                .validate();
        return level;
    }

    private static String superiorOf(PositionChange change) {
        return change.superior() == null || change.superior().isBlank() ? null : change.superior().trim();
    }

    /** The superior must exist and must not report (directly or not) to the position itself. */
    private static void requireSuperior(OrgMapper org, String code, String superior) {
        if (superior == null) {
            return;
        }
        if (org.positionCount(superior) == 0) {
            throw new ValidationException("superior", "no position with code " + superior);
        }
        if (org.isAtOrAbove(code, superior)) {
            throw new ValidationException("superior", superior + " reports to " + code
                    + " (or is it), so it cannot be its superior");
        }
    }

    private static OrgChart.Seat seat(TransactionContext tx, PositionRow row) {
        return new OrgChart.Seat(row.code(), row.titleEn(), row.titleZh(), row.level(), row.superiorCode(),
                row.plannedHeadcount(), tx.mapper(OrgMapper.class).staffIn(row.code()));
    }

    private static Map<String, Object> snapshot(PositionRow row) {
        Map<String, Object> values = new HashMap<>();
        values.put("department", row.departmentCode());
        values.put("titleEn", row.titleEn());
        values.put("titleZh", row.titleZh());
        values.put("level", row.level());
        values.put("plannedHeadcount", row.plannedHeadcount());
        values.put("superior", row.superiorCode());
        return values;
    }
}
