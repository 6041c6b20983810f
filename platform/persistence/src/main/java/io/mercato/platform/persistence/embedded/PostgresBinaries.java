package io.mercato.platform.persistence.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL programs shipped inside the persistence bundle (a tar.xz), unpacked once per version under
 * {@code data/postgresql/bin/<version>}. Unpacked into a temporary folder and renamed, so a crash half-way
 * never leaves a half-unpacked installation that looks complete.
 */
final class PostgresBinaries {
    private static final String COMPLETE = ".complete";

    private PostgresBinaries() {
    }

    /** Whether this version is unpacked already. */
    static boolean installed(Path binaries, String version) {
        return Files.exists(binaries.resolve(version).resolve(COMPLETE));
    }

    /** The installation folder (holding {@code bin/postgres}), unpacking the archive if needed. */
    static Path install(Path binaries, String version, EmbeddedPostgres.Archive archive) throws IOException {
        Path target = binaries.resolve(version);
        if (Files.exists(target.resolve(COMPLETE))) {
            return target;
        }
        Files.createDirectories(binaries);
        Path partial = binaries.resolve(version + ".partial-" + UUID.randomUUID());
        try (InputStream in = archive.open();
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(in))) {
            unpack(tar, partial);
            Files.createFile(partial.resolve(COMPLETE));
            deleteRecursively(target);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteRecursively(partial);
        }
        return target;
    }

    private static void unpack(TarArchiveInputStream tar, Path root) throws IOException {
        Files.createDirectories(root);
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
            Path path = root.resolve(entry.getName()).normalize();
            if (!path.startsWith(root)) {
                throw new IOException("Archive entry outside the installation: " + entry.getName());
            }
            if (entry.isDirectory()) {
                Files.createDirectories(path);
            } else if (entry.isSymbolicLink()) {
                Files.createDirectories(path.getParent());
                Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
            } else {
                Files.createDirectories(path.getParent());
                Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                if ((entry.getMode() & 0100) != 0 || root.relativize(path).startsWith("bin")) {
                    path.toFile().setExecutable(true, false);
                }
            }
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }
}
