package io.mercato.platform.org;

import java.util.List;

/**
 * Split a department as the company grows (e.g. 采购及物流部 → 采购部 + 仓储物流部): a new department beside it
 * takes the listed capabilities and positions, with the staff holding them.
 */
public record SplitRequest(String code, String nameEn, String nameZh, List<String> capabilities, List<String> positions) {
}
