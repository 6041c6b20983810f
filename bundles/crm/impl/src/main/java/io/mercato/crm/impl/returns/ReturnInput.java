package io.mercato.crm.impl.returns;

import java.util.List;

/** A return or exchange as customer service opens it: the delivered order, its lines and quantities, and why. */
public record ReturnInput(String order, String kind, String reasonCode, String reason, List<Line> lines) {
    public record Line(Integer lineNo, Integer quantity) {
    }
}
