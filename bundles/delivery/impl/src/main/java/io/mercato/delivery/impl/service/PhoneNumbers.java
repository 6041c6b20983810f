package io.mercato.delivery.impl.service;

import java.util.regex.Pattern;

/** Chinese phone numbers as customers type them: mobiles ({@code 1[3-9]} and 9 digits) and landlines with area code. */
public final class PhoneNumbers {
    /** What a phone field may contain at all; anything else (letters…) is refused at intake. */
    public static final Pattern TYPED = Pattern.compile("[0-9 +()\\-]{3,30}");
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    /** Area code 0 + 2-3 digits (010, 021, 0571…), then a 7-8 digit number. */
    private static final Pattern LANDLINE = Pattern.compile("0[1-9][0-9]{1,2}[2-9][0-9]{6,7}");

    private PhoneNumbers() {
    }

    /** Digits only, without the country code +86 / 0086. */
    public static String normalise(String typed) {
        String digits = typed.replaceAll("[^0-9]", "");
        if (typed.strip().startsWith("+86") || digits.startsWith("0086")) {
            digits = digits.substring(digits.startsWith("0086") ? 4 : 2);
        } else if (digits.length() == 13 && digits.startsWith("861")) {
            digits = digits.substring(2);
        }
        return digits;
    }

    public static boolean isMobile(String normalised) {
        return MOBILE.matcher(normalised).matches();
    }

    public static boolean isLandline(String normalised) {
        return LANDLINE.matcher(normalised).matches() && normalised.length() >= 10 && normalised.length() <= 12;
    }
}
