package io.mercato.platform.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA512 with a per-password salt, the JDK's own well-kept implementation (no extra bundle).
 * Stored as {@code pbkdf2-sha512$iterations$salt$hash} so the cost can be raised later.
 */
public final class PasswordHasher {
    public static final int DEFAULT_ITERATIONS = 210_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final String PREFIX = "pbkdf2-sha512";
    private final SecureRandom random = new SecureRandom();
    private final int iterations;

    public PasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return PREFIX + '$' + iterations + '$' + base64.encodeToString(salt) + '$' + base64.encodeToString(hash);
    }

    /**
     * A stored form no password matches (random bytes where the hash would be) that costs {@link #matches} as much as a
     * real one: checked against for an unknown name. Made without deriving anything, so it costs nothing at boot.
     */
    public String decoy() {
        byte[] salt = new byte[16];
        byte[] hash = new byte[64];
        random.nextBytes(salt);
        random.nextBytes(hash);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return PREFIX + '$' + iterations + '$' + base64.encodeToString(salt) + '$' + base64.encodeToString(hash);
    }

    public boolean matches(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            int storedIterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, storedIterations));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 512);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
