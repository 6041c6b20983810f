package io.mercato.platform.api.org;

import java.util.Set;

/** Where a staff member sits: position, its level, department, the department's capabilities, the superior's position. */
public record StaffPlacement(String username, String positionCode, PositionLevel level, String departmentCode,
                             Set<String> capabilities, String superiorPositionCode) {
}
