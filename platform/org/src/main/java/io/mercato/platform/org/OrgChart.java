package io.mercato.platform.org;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The org chart as a tree: departments with their teams and positions, each with staff and headcount vs plan. */
public record OrgChart(List<Node> departments, int plannedHeadcount, int staffed) {

    public record Node(String code, String nameEn, String nameZh, List<String> capabilities, List<Seat> positions,
                       List<Node> teams, int plannedHeadcount, int staffed) {
    }

    public record Seat(String code, String titleEn, String titleZh, String level, String superior, int plannedHeadcount,
                       List<String> staff) {
    }

    /** The active department or team with this code, at any depth. */
    public java.util.Optional<Node> find(String code) {
        return find(departments, code);
    }

    private static java.util.Optional<Node> find(List<Node> nodes, String code) {
        for (Node node : nodes) {
            if (node.code().equals(code)) {
                return java.util.Optional.of(node);
            }
            java.util.Optional<Node> inTeams = find(node.teams(), code);
            if (inTeams.isPresent()) {
                return inTeams;
            }
        }
        return java.util.Optional.empty();
    }

    static OrgChart of(List<DepartmentRow> departments, List<PositionRow> positions) {
        Map<String, List<Seat>> seats = new LinkedHashMap<>();
        for (PositionRow position : positions) {
            seats.computeIfAbsent(position.departmentCode(), code -> new ArrayList<>()).add(new Seat(position.code(),
                    position.titleEn(), position.titleZh(), position.level(), position.superiorCode(),
                    position.plannedHeadcount(), split(position.staff())));
        }
        List<Node> roots = new ArrayList<>();
        for (DepartmentRow department : departments) {
            if (department.parentCode() == null) {
                roots.add(node(department, departments, seats));
            }
        }
        return new OrgChart(roots, roots.stream().mapToInt(Node::plannedHeadcount).sum(),
                roots.stream().mapToInt(Node::staffed).sum());
    }

    private static Node node(DepartmentRow department, List<DepartmentRow> all, Map<String, List<Seat>> seats) {
        List<Node> teams = all.stream().filter(d -> department.code().equals(d.parentCode()))
                .map(team -> node(team, all, seats)).toList();
        List<Seat> own = seats.getOrDefault(department.code(), List.of());
        int planned = own.stream().mapToInt(Seat::plannedHeadcount).sum() + teams.stream().mapToInt(Node::plannedHeadcount).sum();
        int staffed = own.stream().mapToInt(seat -> seat.staff().size()).sum() + teams.stream().mapToInt(Node::staffed).sum();
        return new Node(department.code(), department.nameEn(), department.nameZh(), split(department.capabilities()),
                own, teams, planned, staffed);
    }

    static List<String> split(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isEmpty() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }
}
