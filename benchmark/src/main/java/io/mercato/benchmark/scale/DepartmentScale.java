package io.mercato.benchmark.scale;

import java.util.List;

/**
 * One department's part of the scale benchmark: its tables filled to the reference size (set-based SQL or its own bulk
 * endpoints, never row by row through REST) and the list, search and planning endpoints to time.
 */
public interface DepartmentScale {
    String name();

    /** Whether the department is installed in the running Mercato. */
    boolean installed(ScaleContext context);

    void load(ScaleContext context) throws Exception;

    List<Probe> probes(ScaleContext context) throws Exception;
}
