package io.mercato.platform.org;

import java.time.Instant;

public record StaffRow(String username, String positionCode, String positionTitleEn, String positionTitleZh, String level,
                       String departmentCode, String departmentNameEn, String departmentNameZh, Instant assignedAt) {
}
