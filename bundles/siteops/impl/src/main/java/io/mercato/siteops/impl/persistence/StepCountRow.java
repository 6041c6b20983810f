package io.mercato.siteops.impl.persistence;

/** How many uploads wait in a state. */
public record StepCountRow(String step, long uploads) {
}
