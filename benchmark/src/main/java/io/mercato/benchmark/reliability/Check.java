package io.mercato.benchmark.reliability;

/** One line of the suite's table: what was checked, what was measured, whether it held. */
public record Check(String name, String measured, String required, boolean passed) {
    static Check of(String name, String measured, String required, boolean passed) {
        return new Check(name, measured, required, passed);
    }
}
