package io.mercato.platform.persistence.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * Passwords of the embedded server, generated on first start and kept in a file only its owner may read:
 * the superuser's (used to create Mercato's role and database) and the one of the role Mercato works as.
 */
record EmbeddedCredentials(String superuserPassword, String user, String password, String database) {
    static final String SUPERUSER = "postgres";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    static EmbeddedCredentials loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            Properties stored = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                stored.load(in);
            }
            return new EmbeddedCredentials(stored.getProperty("superuser.password"), stored.getProperty("user"),
                    stored.getProperty("password"), stored.getProperty("database"));
        }
        EmbeddedCredentials created = new EmbeddedCredentials(random(32), "mercato", random(32), "mercato");
        created.write(file);
        return created;
    }

    private void write(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("superuser.password", superuserPassword);
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("database", database);
        Path temporary = Files.createTempFile(file.getParent(), "credentials", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(out, "Embedded PostgreSQL of Mercato: keep private (owner-only)");
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String random(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[user=" + user + ", database=" + database + "]";
    }
}
