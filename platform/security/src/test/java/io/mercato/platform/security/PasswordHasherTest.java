package io.mercato.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void matchesOnlyTheRightPassword() {
        String stored = hasher.hash("密码-secret".toCharArray());
        assertTrue(hasher.matches("密码-secret".toCharArray(), stored));
        assertFalse(hasher.matches("密码-Secret".toCharArray(), stored));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same".toCharArray()), hasher.hash("same".toCharArray()));
    }

    @Test
    void rejectsMalformedStoredValues() {
        assertFalse(hasher.matches("x".toCharArray(), null));
        assertFalse(hasher.matches("x".toCharArray(), "plain-text"));
        assertFalse(hasher.matches("x".toCharArray(), "pbkdf2-sha512$abc$!!$!!"));
    }

    @Test
    void keepsTheIterationCountWithTheHash() {
        String stored = new PasswordHasher(2_000).hash("pw".toCharArray());
        assertTrue(stored.startsWith("pbkdf2-sha512$2000$"));
        assertTrue(hasher.matches("pw".toCharArray(), stored));
    }

    @Test
    void theDecoyCostsARealCheckAndMatchesNoPassword() {
        String decoy = new PasswordHasher(2_000).decoy();
        assertTrue(decoy.startsWith("pbkdf2-sha512$2000$"), decoy);
        String[] parts = decoy.split("\\$");
        assertTrue(parts.length == 4 && java.util.Base64.getDecoder().decode(parts[3]).length == 64, decoy);
        assertFalse(hasher.matches("".toCharArray(), decoy));
        assertFalse(hasher.matches("decoy".toCharArray(), decoy));
    }
}
