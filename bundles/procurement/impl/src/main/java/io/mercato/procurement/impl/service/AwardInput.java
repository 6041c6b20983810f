package io.mercato.procurement.impl.service;

import java.util.List;

/** An award: per item the supplier chosen (the proposal where left out), and why if it differs from the proposal. */
public record AwardInput(List<Choice> items, String justification) {
    public record Choice(Integer item, String supplier) {
    }
}
