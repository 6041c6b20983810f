package io.mercato.platform.org;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Editing departments after the template: new departments or teams, new names, capabilities granted or taken. */
final class DepartmentEditing {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");
    private static final String CODE_TEXT = "2-20 upper-case letters, digits or '-'";
    private static final Pattern CAPABILITY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
    private final Transactions transactions;

    DepartmentEditing(Transactions transactions) {
        this.transactions = transactions;
    }

    OrgChart create(DepartmentChange change, Actor actor) {
        List<String> capabilities = validate(code(Check.input(), change.code()), change);
        return transactions.inTransaction(actor, tx -> {
            OrgMapper org = tx.mapper(OrgMapper.class);
            Long parentId = null;
            if (change.parent() != null && !change.parent().isBlank()) {
                DepartmentRef parent = org.lockDepartment(change.parent());
                if (parent == null || !parent.active()) {
                    throw new ValidationException("parent", "no active department with code " + change.parent());
                }
                parentId = parent.id();
            }
            long id = insert(org, change.code(), change.nameEn().trim(), change.nameZh().trim(), parentId);
            capabilities.forEach(capability -> org.addCapability(id, capability));
            tx.audit("org.department-created", "department", change.code(), Map.of("after", snapshot(org, id)));
            return OrgChart.of(org.departments(), org.positions());
        });
    }

    OrgChart update(String code, DepartmentChange change, Actor actor) {
        List<String> capabilities = validate(Check.input(), change);
        return transactions.inTransaction(actor, tx -> {
            OrgMapper org = tx.mapper(OrgMapper.class);
            DepartmentRef department = org.lockDepartment(code);
            if (department == null || !department.active()) {
                throw new NotFoundException("No active department " + code);
            }
            Map<String, Object> before = snapshot(org, department.id());
            org.renameDepartment(department.id(), change.nameEn().trim(), change.nameZh().trim());
            List<String> owned = org.capabilitiesOf(department.id());
            owned.stream().filter(c -> !capabilities.contains(c)).forEach(c -> org.removeCapability(department.id(), c));
            capabilities.stream().filter(c -> !owned.contains(c)).forEach(c -> org.addCapability(department.id(), c));
            tx.audit("org.department-changed", "department", code, Map.of("before", before, "after", snapshot(org, department.id())));
            return OrgChart.of(org.departments(), org.positions());
        });
    }

    /** Checks a new department's code, as creating and splitting both do. */
    static Check code(Check check, String code) {
        return check.code("code", code, CODE, CODE_TEXT);
    }

    /** Inserts a department (or a team under {@code parentId}); a 409 if the code is taken. */
    static long insert(OrgMapper org, String code, String nameEn, String nameZh, Long parentId) {
        Long id = org.insertDepartmentUnder(code, nameEn, nameZh, parentId);
        if (id == null) {
            throw new ConflictException("department-exists", "A department " + code + " already exists");
        }
        return id;
    }

    private static List<String> validate(Check check, DepartmentChange change) {
        List<String> capabilities = change.capabilities() == null ? List.of()
                : change.capabilities().stream().map(c -> c == null ? "" : c.trim()).distinct().toList();
        check.text("nameEn", change.nameEn(), 100, true).text("nameZh", change.nameZh(), 100, true);
        for (int i = 0; i < capabilities.size(); i++) {
            if (!CAPABILITY.matcher(capabilities.get(i)).matches()) {
                check.add(new FieldError("capabilities[" + i + "]", "must look like department.capability, e.g. warehouse.transfer"));
            }
        }
        check.validate();
        return capabilities;
    }

    private static Map<String, Object> snapshot(OrgMapper org, long departmentId) {
        DepartmentNames names = org.namesOf(departmentId);
        return Map.of("nameEn", names.nameEn(), "nameZh", names.nameZh(), "capabilities", org.capabilitiesOf(departmentId));
    }
}
