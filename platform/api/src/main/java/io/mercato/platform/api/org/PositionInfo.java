package io.mercato.platform.api.org;

/** A position in the reporting lines: its level, department and direct superior's position (null at the top). */
public record PositionInfo(String code, PositionLevel level, String departmentCode, String superiorCode) {
}
