package io.mercato.platform.org;

/**
 * A new position, or new values for an existing one. {@code code} and {@code department} are read only when
 * creating; a null {@code superior} means the position reports to nobody (the top of the company).
 */
public record PositionChange(String code, String department, String titleEn, String titleZh, String level,
                             Integer plannedHeadcount, String superior) {
}
