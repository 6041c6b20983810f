package io.mercato.platform.org;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import io.mercato.platform.api.org.Reorganised;

/**
 * Splitting and merging departments. Positions move with their staff and reporting lines, and approvals
 * wait for positions, not departments, so open approvals keep their place; nothing is deleted (a merged
 * department is deactivated) and every change is audited with before and after. Once committed, a
 * {@link Reorganised} event lets every department hand the old department's documents to the new owner.
 */
final class Reorganisation {
    private final Transactions transactions;
    private final Consumer<Map<String, Object>> announce;

    /** {@code announce} gets the {@link Reorganised} event properties once the change is committed. */
    Reorganisation(Transactions transactions, Consumer<Map<String, Object>> announce) {
        this.transactions = transactions;
        this.announce = announce;
    }

    private record Outcome(OrgChart chart, List<String> positions, List<String> capabilities) {
    }

    private OrgChart announced(String kind, String from, String to, Outcome outcome, Actor actor) {
        announce.accept(Map.of(Reorganised.KIND, kind, Reorganised.FROM, from, Reorganised.TO, to,
                Reorganised.POSITIONS, outcome.positions().toArray(String[]::new),
                Reorganised.CAPABILITIES, outcome.capabilities().toArray(String[]::new),
                Reorganised.ACTOR, actor.username()));
        return outcome.chart();
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
            return new Outcome(OrgChart.of(org.departments(), org.positions()), positions, capabilities);
        });
        return announced("split", sourceCode, split.code(), outcome, actor);
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
            return new Outcome(OrgChart.of(org.departments(), org.positions()), positions, capabilities);
        });
        return announced("merge", sourceCode, targetCode, outcome, actor);
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
