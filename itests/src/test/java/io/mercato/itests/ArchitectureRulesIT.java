package io.mercato.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules of the code base read from the sources. Departments depend on each other in one direction only: no department's
 * code or pom reaches another department whose code or pom reaches back (a compile-time constant leaves no Import-Package
 * behind, so the sources and poms are read, not the manifests). Console pages ask in the page's own dialogs, never with
 * the browser's prompt(), alert() or confirm().
 */
class ArchitectureRulesIT {
    private static final Pattern BROWSER_DIALOG = Pattern.compile("(?<![\\w.])(?:window\\.)?(prompt|alert|confirm)\\(");
    private static final Pattern SOURCE_IMPORT = Pattern.compile("import (?:static )?io\\.mercato\\.([a-z]+)\\.api\\b");
    private static final Pattern POM_DEPENDENCY = Pattern.compile("<artifactId>([a-z]+)\\.api</artifactId>");
    private static final Path BUNDLES = Path.of("..", "bundles");

    @Test
    void noTwoDepartmentsDependOnEachOther() throws IOException {
        Map<String, Set<String>> uses = uses();
        assertTrue(uses.size() >= 7, "every department was read: " + uses.keySet());
        List<String> bothWays = new ArrayList<>();
        uses.forEach((department, others) -> others.stream()
                .filter(other -> department.compareTo(other) < 0 && uses.getOrDefault(other, Set.of()).contains(department))
                .forEach(other -> bothWays.add(department + " <-> " + other)));
        assertEquals(List.of(), bothWays, "departments that depend on each other (the graph: " + uses + ")");
    }

    @Test
    void consolePagesUseNoBrowserDialogs() throws IOException {
        List<String> found = new ArrayList<>();
        int scripts = 0;
        for (Path root : List.of(BUNDLES, Path.of("..", "platform"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path script : files.filter(f -> f.toString().endsWith(".js") && f.toString().contains("src" + java.io.File.separator + "main"))
                        .toList()) {
                    scripts++;
                    String[] lines = read(script).split("\n");
                    for (int i = 0; i < lines.length; i++) {
                        String code = lines[i].replaceAll("/\\*.*?\\*/|//.*|^\\s*\\*.*", "");
                        if (BROWSER_DIALOG.matcher(code).find()) {
                            found.add(script + ":" + (i + 1) + ": " + lines[i].strip());
                        }
                    }
                }
            }
        }
        assertTrue(scripts >= 20, "the console scripts were read: " + scripts);
        assertEquals(List.of(), found, "browser dialogs in console pages (use ui.js dialog/confirmDialog)");
    }

    /** Per department, the other departments whose API its implementation imports or depends on. */
    private static Map<String, Set<String>> uses() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> departments = Files.list(BUNDLES)) {
            for (Path department : departments.filter(d -> Files.isDirectory(d.resolve("impl"))).toList()) {
                String name = department.getFileName().toString();
                Set<String> others = new TreeSet<>();
                collect(POM_DEPENDENCY, Files.readString(department.resolve("impl/pom.xml")), others);
                try (Stream<Path> sources = Files.walk(department.resolve("impl/src/main"))) {
                    sources.filter(f -> f.toString().endsWith(".java")).forEach(f -> collect(SOURCE_IMPORT, read(f), others));
                }
                others.remove(name);
                others.remove("platform");
                uses.put(name, others);
            }
        }
        return uses;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
