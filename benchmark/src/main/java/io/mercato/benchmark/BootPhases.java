package io.mercato.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which phase of a boot took what, read from Karaf's log (its lines carry local times to the millisecond): Karaf and
 * its bundles up to the database layer, unpacking the PostgreSQL programs and initdb (first boot only), starting
 * PostgreSQL, the platform's schema, each department's schema (migrated a few at a time), and when each department
 * first served (from {@code /api/health}).
 */
final class BootPhases {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss,SSS");
    private static final Pattern LINE = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d,\\d{3}) \\|.*?\\| ([^|]*)$");
    private static final Pattern SCHEMA_DONE = Pattern.compile("Schema (\\w+) of bundle \\S+ is at version");
    private static final Pattern SCHEMA_MENTIONED = Pattern.compile("schema \"(\\w+)\"");

    private BootPhases() {
    }

    /** The report of the boot launched at {@code launched}: the log lines from the last start on. */
    static String report(Path home, MercatoProcess.Boot boot) throws IOException {
        List<Timed> lines = lines(home.resolve("data/log/karaf.log"), boot.launched());
        Map<String, Instant> marks = new LinkedHashMap<>();
        Map<String, Instant> schemaStart = new LinkedHashMap<>();
        Map<String, Instant> schemaEnd = new LinkedHashMap<>();
        for (Timed line : lines) {
            mark(marks, line, "Database STARTING", "database layer starting");
            mark(marks, line, "Unpacked the PostgreSQL programs", "programs unpacked");
            mark(marks, line, "Created the embedded PostgreSQL database", "initdb done");
            mark(marks, line, "Embedded PostgreSQL is up", "PostgreSQL up");
            mark(marks, line, "Database UP", "platform schema migrated");
            Matcher done = SCHEMA_DONE.matcher(line.text());
            if (done.find()) {
                schemaEnd.putIfAbsent(done.group(1), line.at());
            }
            Matcher mentioned = SCHEMA_MENTIONED.matcher(line.text());
            if (mentioned.find() && !"platform".equals(mentioned.group(1))) {
                schemaStart.putIfAbsent(mentioned.group(1), line.at());
            }
        }
        StringBuilder out = new StringBuilder();
        Instant previous = boot.launched();
        for (Map.Entry<String, Instant> mark : marks.entrySet()) {
            out.append(String.format("    %-28s at %5.1f s (+%.1f s)%n", mark.getKey(), seconds(boot.launched(), mark.getValue()),
                    seconds(previous, mark.getValue())));
            previous = mark.getValue();
        }
        for (Map.Entry<String, Instant> end : schemaEnd.entrySet()) {
            Instant start = schemaStart.getOrDefault(end.getKey(), end.getValue());
            out.append(String.format("    schema %-21s at %5.1f s (%.2f s migrating/validating)%n", end.getKey(),
                    seconds(boot.launched(), end.getValue()), seconds(start, end.getValue())));
        }
        for (Map.Entry<String, Duration> department : boot.departments().entrySet()) {
            out.append(String.format("    %-28s at %5.1f s%n", department.getKey() + " serving", department.getValue().toMillis() / 1000.0));
        }
        return out.toString();
    }

    private static void mark(Map<String, Instant> marks, Timed line, String text, String name) {
        if (line.text().contains(text)) {
            marks.putIfAbsent(name, line.at());
        }
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    private record Timed(Instant at, String text) {
    }

    private static List<Timed> lines(Path log, Instant since) throws IOException {
        List<Timed> found = new ArrayList<>();
        if (!Files.exists(log)) {
            return found;
        }
        for (String line : Files.readAllLines(log)) {
            Matcher matcher = LINE.matcher(line);
            if (matcher.matches()) {
                Instant at = LocalDateTime.parse(matcher.group(1), TIME).atZone(ZoneId.systemDefault()).toInstant();
                if (!at.isBefore(since.minusMillis(500))) {
                    found.add(new Timed(at, matcher.group(2)));
                }
            }
        }
        return found;
    }
}
