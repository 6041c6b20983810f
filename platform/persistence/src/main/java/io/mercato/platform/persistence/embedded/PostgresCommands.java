package io.mercato.platform.persistence.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the PostgreSQL programs of one installation. PostgreSQL refuses to run as root; as root each program
 * runs in a fresh user namespace ({@code unshare -U}) where it is an ordinary user.
 */
final class PostgresCommands {
    private final Path installation;
    private final Path scratch;
    private final boolean asRoot;

    PostgresCommands(Path installation, Path scratch) {
        this.installation = installation;
        this.scratch = scratch;
        this.asRoot = runningAsRoot();
    }

    record Result(int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    /** Runs {@code bin/<program>} with the arguments and returns its exit code and output (stdout and stderr). */
    Result run(Duration timeout, String program, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        if (asRoot) {
            command.add("unshare");
            command.add("-U");
        }
        command.add(installation.resolve("bin").resolve(program).toString());
        command.addAll(List.of(arguments));
        Files.createDirectories(scratch);
        Path output = Files.createTempFile(scratch, program, ".out");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Result(-1, program + " did not finish within " + timeout.toSeconds() + " s");
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8).strip());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(program + " was interrupted", e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static boolean runningAsRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return "0".equals(line.split("\\s+")[2]);
                }
            }
        } catch (IOException notLinux) {
            return false;
        }
        return false;
    }
}
