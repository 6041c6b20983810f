package io.mercato.platform.org;

public record DepartmentRow(String code, String nameEn, String nameZh, String parentCode, String capabilities) {
}
