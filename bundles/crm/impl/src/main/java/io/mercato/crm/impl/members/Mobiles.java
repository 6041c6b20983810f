package io.mercato.crm.impl.members;

import java.util.regex.Pattern;

/** Mainland mobile numbers, the key members are known by: {@code +86 138-1234-5678} and {@code 13812345678} are one member. */
public final class Mobiles {
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()]");

    private Mobiles() {
    }

    /** The 11-digit number, or null when the text is no mainland mobile number (a landline, a foreign number, junk). */
    public static String normalise(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = SEPARATORS.matcher(phone.strip()).replaceAll("");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        return MOBILE.matcher(digits).matches() ? digits : null;
    }

    /** {@code 138****5678}: what lists and logs show of a member's number. */
    public static String masked(String mobile) {
        return mobile == null || mobile.length() != 11 ? mobile : mobile.substring(0, 3) + "****" + mobile.substring(7);
    }
}
