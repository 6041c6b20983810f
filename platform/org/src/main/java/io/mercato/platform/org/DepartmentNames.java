package io.mercato.platform.org;

public record DepartmentNames(String nameEn, String nameZh) {
}
