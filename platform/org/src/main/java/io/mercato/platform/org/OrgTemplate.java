package io.mercato.platform.org;

import io.mercato.platform.api.org.PositionLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An organisation shape for one company stage (domain §1, §3), shipped as JSON in the bundle. */
public record OrgTemplate(String id, String nameEn, String nameZh, String descriptionEn, String descriptionZh,
                          List<Department> departments, List<Position> positions) {

    public record Department(String code, String nameEn, String nameZh, String parent, List<String> capabilities) {
    }

    public record Position(String code, String department, String titleEn, String titleZh, PositionLevel level,
                           int headcount, String superior) {
    }

    /** Every problem that would make the template produce a broken organisation; empty when sound. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> departmentCodes = new HashSet<>();
        for (Department department : departments) {
            if (!departmentCodes.add(department.code())) {
                problems.add("department " + department.code() + " is listed twice");
            }
        }
        for (Department department : departments) {
            if (department.parent() != null && !departmentCodes.contains(department.parent())) {
                problems.add("department " + department.code() + " has unknown parent " + department.parent());
            }
        }
        Map<String, String> superiors = new HashMap<>();
        for (Position position : positions) {
            if (superiors.containsKey(position.code())) {
                problems.add("position " + position.code() + " is listed twice");
            }
            superiors.put(position.code(), position.superior());
            if (!departmentCodes.contains(position.department())) {
                problems.add("position " + position.code() + " is in unknown department " + position.department());
            }
            if (position.level() == null || position.headcount() < 0) {
                problems.add("position " + position.code() + " needs a level and a headcount of 0 or more");
            }
        }
        for (Position position : positions) {
            if (position.superior() != null && !superiors.containsKey(position.superior())) {
                problems.add("position " + position.code() + " reports to unknown position " + position.superior());
            } else if (reportsToItself(position.code(), superiors)) {
                problems.add("position " + position.code() + " is part of a reporting cycle");
            }
        }
        return problems;
    }

    private static boolean reportsToItself(String start, Map<String, String> superiors) {
        Set<String> seen = new HashSet<>();
        for (String current = superiors.get(start); current != null; current = superiors.get(current)) {
            if (current.equals(start) || !seen.add(current)) {
                return true;
            }
        }
        return false;
    }
}
