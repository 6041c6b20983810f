package io.mercato.platform.security;

import io.mercato.platform.api.Actor;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start: there is no default password. If no {@code admin} exists one is created with a random
 * password, written to {@code data/mercato/admin-password.txt} readable only by the owner.
 */
@Component(immediate = true)
public class AdminBootstrap {
    public static final String ADMIN = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Activate
    public AdminBootstrap(@Reference AccountStore accounts) throws IOException {
        if (accounts.exists(ADMIN)) {
            return; // every start but the first: hashing a password nobody gets would only delay the start
        }
        Path file = Path.of(System.getProperty("karaf.data", "data"), "mercato", "admin-password.txt");
        char[] password = randomPassword(20);
        if (accounts.createIfAbsent(Actor.SYSTEM, ADMIN, "Administrator", password, Set.of("admin", "staff"))) {
            write(file, new String(password));
            LOG.warn("Created the initial 'admin' account; its password is in {} (readable by the owner only)", file.toAbsolutePath());
        }
    }

    private static char[] randomPassword(int length) {
        SecureRandom random = new SecureRandom();
        char[] password = new char[length];
        for (int i = 0; i < length; i++) {
            password[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return password;
    }

    /** Written whole beside it, then moved in place: whoever sees the file reads the whole password, never an empty file. */
    private static void write(Path file, String password) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(password);
            out.write(System.lineSeparator());
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
