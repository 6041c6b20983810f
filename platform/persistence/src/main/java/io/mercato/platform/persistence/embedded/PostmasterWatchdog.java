package io.mercato.platform.persistence.embedded;

import java.io.IOException;

/**
 * Stops the embedded server when the JVM that started it dies in any way, {@code kill -9} included: a small
 * shell reads from a pipe the JVM holds; the kernel closes that pipe when the JVM is gone, the read returns,
 * and the shell asks the postmaster for a fast shutdown (SIGINT). On a normal stop the watchdog is killed
 * after the server has been stopped, so it never signals anything.
 */
final class PostmasterWatchdog implements AutoCloseable {
    private static final String SCRIPT = "trap '' INT HUP TERM; read ignored; kill -INT \"$0\" 2>/dev/null; exit 0";
    private final Process shell;

    private PostmasterWatchdog(Process shell) {
        this.shell = shell;
    }

    static PostmasterWatchdog watch(long postmasterPid) throws IOException {
        Process shell = new ProcessBuilder("sh", "-c", SCRIPT, Long.toString(postmasterPid))
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        return new PostmasterWatchdog(shell);
    }

    @Override
    public void close() {
        shell.destroyForcibly();
        try {
            shell.getOutputStream().close();
        } catch (IOException alreadyClosed) {
            // the shell is gone either way
        }
    }
}
