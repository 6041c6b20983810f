package io.mercato.siteops.impl.persistence;

import java.math.BigDecimal;

public record CategoryRow(long id, String code, Long parentId, String parentCode, String nameZh, String nameEn, BigDecimal marginFloorPercent) {
}
