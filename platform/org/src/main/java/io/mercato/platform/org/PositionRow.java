package io.mercato.platform.org;

public record PositionRow(String code, String departmentCode, String titleEn, String titleZh, String level,
                          int plannedHeadcount, String superiorCode, String staff) {
}
