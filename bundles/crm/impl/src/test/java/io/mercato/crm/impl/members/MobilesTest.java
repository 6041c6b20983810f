package io.mercato.crm.impl.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MobilesTest {
    @Test
    void oneMemberWhateverTheNumberLooksLike() {
        assertEquals("13812345678", Mobiles.normalise("13812345678"));
        assertEquals("13812345678", Mobiles.normalise("+86 138-1234-5678"));
        assertEquals("13812345678", Mobiles.normalise("0086 138 1234 5678"));
        assertEquals("13812345678", Mobiles.normalise("8613812345678"));
    }

    @Test
    void landlinesAndJunkAreNoMembers() {
        assertNull(Mobiles.normalise("0571-88888888"));
        assertNull(Mobiles.normalise("12812345678"));
        assertNull(Mobiles.normalise("138-CALL-ME"));
        assertNull(Mobiles.normalise(null));
    }

    @Test
    void masksTheMiddleDigits() {
        assertEquals("138****5678", Mobiles.masked("13812345678"));
    }
}
