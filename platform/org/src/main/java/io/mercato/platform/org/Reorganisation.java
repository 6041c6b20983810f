package io.mercato.platform.org;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splitting and merging departments. Positions move with their staff and reporting lines, and approvals
 * wait for positions, not departments, so open approvals keep their place; nothing is deleted (a merged
 * department is deactivated) and every change is audited with before and after.
 */
final class Reorganisation {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");
    private final Transactions transactions;

    Reorganisation(Transactions transactions) {
        this.transactions = transactions;
    }

    OrgChart split(String sourceCode, SplitRequest split, Actor actor) {
        List<String> capabilities = split.capabilities() == null ? List.of() : split.capabilities();
        List<String> positions = split.positions() == null ? List.of() : split.positions();
        Check.input()
                .code("code", split.code(), CODE, "2-20 upper-case letters, digits or '-'")
                .text("nameEn", split.nameEn(), 100, true)
                .text("nameZh", split.nameZh(), 100, true)
                .rule(!capabilities.isEmpty() || !positions.isEmpty(), "positions", "move at least one capability or position")
                .validate();
        return transactions.inTransaction(actor, tx -> {
            OrgMapper org = tx.mapper(OrgMapper.class);
            DepartmentRef source = requireActive(org, sourceCode);
            Map<String, Object> before = snapshot(org, source);
            Check check = Check.input();
            List<String> ownCapabilities = org.capabilitiesOf(source.id());
            List<String> ownPositions = org.positionsOf(source.id());
            capabilities.stream().filter(c -> !ownCapabilities.contains(c))
                    .forEach(c -> check.add(new FieldError("capabilities", sourceCode + " does not own " + c)));
            positions.stream().filter(p -> !ownPositions.contains(p))
                    .forEach(p -> check.add(new FieldError("positions", p + " is not a position of " + sourceCode)));
            check.validate();
            Long created = org.insertDepartmentUnder(split.code(), split.nameEn(), split.nameZh(), source.parentId());
            if (created == null) {
                throw new ConflictException("department-exists", "A department " + split.code() + " already exists");
            }
            for (String capability : capabilities) {
                org.removeCapability(source.id(), capability);
                org.addCapability(created, capability);
            }
            positions.forEach(position -> org.movePosition(position, created));
            tx.audit("org.department-split", "department", sourceCode, Map.of("before", before,
                    "after", Map.of(sourceCode, snapshot(org, source), split.code(), snapshot(org, org.lockDepartment(split.code())))));
            return OrgChart.of(org.departments(), org.positions());
        });
    }

    OrgChart merge(String sourceCode, String targetCode, Actor actor) {
        Check.input().rule(!sourceCode.equals(targetCode), "target", "must differ from the department merged into it").validate();
        return transactions.inTransaction(actor, tx -> {
            OrgMapper org = tx.mapper(OrgMapper.class);
            DepartmentRef source = requireActive(org, sourceCode);
            DepartmentRef target = requireActive(org, targetCode);
            Map<String, Object> before = Map.of(sourceCode, snapshot(org, source), targetCode, snapshot(org, target));
            org.capabilitiesOf(source.id()).forEach(capability -> {
                org.addCapability(target.id(), capability);
                org.removeCapability(source.id(), capability);
            });
            org.positionsOf(source.id()).forEach(position -> org.movePosition(position, target.id()));
            org.moveTeams(source.id(), target.id());
            org.deactivate(source.id());
            tx.audit("org.department-merged", "department", sourceCode, Map.of("into", targetCode, "before", before,
                    "after", snapshot(org, target)));
            return OrgChart.of(org.departments(), org.positions());
        });
    }

    private static DepartmentRef requireActive(OrgMapper org, String code) {
        DepartmentRef department = org.lockDepartment(code);
        if (department == null || !department.active()) {
            throw new NotFoundException("No active department " + code);
        }
        return department;
    }

    private static Map<String, Object> snapshot(OrgMapper org, DepartmentRef department) {
        return Map.of("capabilities", org.capabilitiesOf(department.id()), "positions", org.positionsOf(department.id()));
    }
}
