package io.mercato.platform.org;

public record PlacementRow(String username, String positionCode, String level, String departmentCode,
                           String superiorCode, String capabilities) {
}
