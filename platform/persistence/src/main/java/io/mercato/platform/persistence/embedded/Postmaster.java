package io.mercato.platform.persistence.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The server process named by a data directory's {@code postmaster.pid}: first line its PID, second line the
 * data directory it serves.
 */
record Postmaster(long pid, Path dataDirectory) {
    static final String PID_FILE = "postmaster.pid";

    static Optional<Postmaster> of(Path dataDirectory) {
        Path file = dataDirectory.resolve(PID_FILE);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2) {
                return Optional.empty();
            }
            return Optional.of(new Postmaster(Long.parseLong(lines.get(0).trim()), Path.of(lines.get(1).trim())));
        } catch (IOException | NumberFormatException absentOrUnreadable) {
            return Optional.empty();
        }
    }

    /** True while the process exists and has not died; a zombie waiting to be reaped counts as dead. */
    boolean running() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }

    /** True when the live process is a PostgreSQL server of this data directory (not a PID reused by another program). */
    boolean serves(Path directory) {
        try {
            String commandLine = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
            return commandLine.contains("postgres") && commandLine.contains(directory.toString());
        } catch (IOException gone) {
            return false;
        }
    }
}
