package io.mercato.platform.org;

public record DepartmentRef(long id, String code, Long parentId, boolean active) {
}
