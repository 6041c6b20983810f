package io.mercato.platform.api.org;

/** An organisation department (or team) by code, with its names in English and Simplified Chinese. */
public record DepartmentInfo(String code, String nameEn, String nameZh) {
}
