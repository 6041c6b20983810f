package io.mercato.platform.org;

public record PositionInfoRow(String code, String level, String departmentCode, String superiorCode) {
}
