package io.mercato.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Fails when a PostgreSQL or Karaf started from one of the given folders is still running: the end of the build
 * checks that the tests left nothing behind. Waits a little first, since a server asked to stop takes a moment.
 */
public final class LeftoverProcesses {
    private static final Duration GRACE = Duration.ofSeconds(60);

    private LeftoverProcesses() {
    }

    public static void main(String[] folders) throws InterruptedException {
        List<String> roots = List.of(folders).stream().map(folder -> Path.of(folder).toAbsolutePath().normalize().toString()).toList();
        long deadline = System.nanoTime() + GRACE.toNanos();
        List<String> left = running(roots);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            left = running(roots);
        }
        if (!left.isEmpty()) {
            throw new IllegalStateException("The tests left processes running:\n  " + String.join("\n  ", left));
        }
        System.out.println("No PostgreSQL or Karaf left running under " + roots);
    }

    private static List<String> running(List<String> roots) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .map(process -> process.pid() + " " + process.info().commandLine().orElse(""))
                .filter(line -> line.contains("postgres") || line.contains("org.apache.karaf.main.Main"))
                .filter(line -> roots.stream().anyMatch(line::contains))
                .toList();
    }
}
