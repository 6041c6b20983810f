package io.mercato.benchmark.scale;

import java.util.function.IntFunction;

/**
 * One endpoint to time: {@code path} gives the path of run {@code i} (searches vary what they look for), {@code runs}
 * how many timed calls, {@code targetMillis} the p95 it must stay under.
 */
public record Probe(String name, IntFunction<String> path, int runs, long targetMillis) {
    /** Lists and searches: p95 under 300 ms at the reference size. */
    public static final long LIST_TARGET = 300;
    /** A detail page: under 50 ms. */
    public static final long DETAIL_TARGET = 50;

    public static Probe list(String name, IntFunction<String> path) {
        return new Probe(name, path, 40, LIST_TARGET);
    }

    public static Probe detail(String name, IntFunction<String> path) {
        return new Probe(name, path, 40, DETAIL_TARGET);
    }
}
