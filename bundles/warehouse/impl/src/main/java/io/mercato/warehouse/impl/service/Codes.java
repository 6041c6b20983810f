package io.mercato.warehouse.impl.service;

import java.util.regex.Pattern;

/** Formats of the identifiers staff type in. */
public final class Codes {
    public static final Pattern WAREHOUSE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");
    public static final String WAREHOUSE_TEXT = "2-20 upper-case letters, digits or '-'";
    public static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    public static final String SKU_TEXT = "1-64 letters, digits, '.', '_' or '-'";
    public static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");
    public static final String KEY_TEXT = "1-100 visible ASCII characters";

    private Codes() {
    }
}
