package io.mercato.platform.org;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.util.List;
import java.util.Map;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.org.Reorganised;

/**
 * Splitting and merging departments. Positions move with their staff and reporting lines, and approvals
 * wait for positions, not departments, so open approvals keep their place; nothing is deleted (a merged
 * department is deactivated) and every change is audited with before and after. In the same transaction a
 * {@link Reorganised} event goes into the outbox, so every department hands the old department's documents to the new
 * owner, also one that is stopped or uninstalled at the time (when it comes back).
 */
final class Reorganisation {
    private final Transactions transactions;

    Reorganisation(Transactions transactions) {
        this.transactions = transactions;
    }

    private record Outcome(OrgChart chart, List<String> positions, List<String> capabilities) {
    }

    private static void announce(TransactionContext tx, String kind, String from, String to, List<String> positions,
                                 List<String> capabilities) {
        tx.publish(Reorganised.TOPIC, Map.of(Reorganised.KIND, kind, Reorganised.FROM, from, Reorganised.TO, to,
                Reorganised.POSITIONS, positions, Reorganised.CAPABILITIES, capabilities, Reorganised.ACTOR, tx.actor().username()));
    }

    OrgChart split(String sourceCode, SplitRequest split, Actor actor) {
        List<String> capabilities = split.capabilities() == null ? List.of() : split.capabilities();
        List<String> positions = split.positions() == null ? List.of() : split.positions();
        DepartmentEditing.code(Check.input(), split.code())
                .text("nameEn", split.nameEn(), 100, true)
                .text("nameZh", split.nameZh(), 100, true)
                .rule(!capabilities.isEmpty() || !positions.isEmpty(), "positions", "move at least one capability or position")
                .validate();
        Outcome outcome = transactions.inTransaction(actor, tx -> {
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
            long created = DepartmentEditing.insert(org, split.code(), split.nameEn(), split.nameZh(), source.parentId());
            for (String capability : capabilities) {
                org.removeCapability(source.id(), capability);
                org.addCapability(created, capability);
            }
            positions.forEach(position -> org.movePosition(position, created));
            tx.audit("org.department-split", "department", sourceCode, Map.of("before", before,
                    "after", Map.of(sourceCode, snapshot(org, source), split.code(), snapshot(org, org.lockDepartment(split.code())))));
            announce(tx, "split", sourceCode, split.code(), positions, capabilities);
            return new Outcome(OrgChart.of(org.departments(), org.positions()), positions, capabilities);
        });
        return outcome.chart();
    }

    OrgChart merge(String sourceCode, String targetCode, Actor actor) {
        Check.input().rule(!sourceCode.equals(targetCode), "target", "must differ from the department merged into it").validate();
        Outcome outcome = transactions.inTransaction(actor, tx -> {
            OrgMapper org = tx.mapper(OrgMapper.class);
            DepartmentRef source = requireActive(org, sourceCode);
            DepartmentRef target = requireActive(org, targetCode);
            Map<String, Object> before = Map.of(sourceCode, snapshot(org, source), targetCode, snapshot(org, target));
            List<String> capabilities = org.capabilitiesOf(source.id());
            List<String> positions = org.positionsOf(source.id());
            capabilities.forEach(capability -> {
                org.addCapability(target.id(), capability);
                org.removeCapability(source.id(), capability);
            });
            positions.forEach(position -> org.movePosition(position, target.id()));
            org.moveTeams(source.id(), target.id());
            org.deactivate(source.id());
            tx.audit("org.department-merged", "department", sourceCode, Map.of("into", targetCode, "before", before,
                    "after", snapshot(org, target)));
            announce(tx, "merge", sourceCode, targetCode, positions, capabilities);
            return new Outcome(OrgChart.of(org.departments(), org.positions()), positions, capabilities);
        });
        return outcome.chart();
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
