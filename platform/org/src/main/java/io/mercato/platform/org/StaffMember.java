package io.mercato.platform.org;

import java.time.Instant;

/** One line of the staff list: where someone sits and whether their login is locked. */
public record StaffMember(String username, String displayName, String positionCode, String positionTitleEn,
                          String positionTitleZh, String level, String departmentCode, String departmentNameEn,
                          String departmentNameZh, Instant assignedAt, boolean locked, Instant lockedUntil) {
}
