package io.mercato.procurement.impl.service;

import java.util.regex.Pattern;

/** Formats of the identifiers staff type in (SKU and warehouse codes as the warehouse department has them). */
public final class Codes {
    public static final Pattern SUPPLIER = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,29}");
    public static final String SUPPLIER_TEXT = "2-30 upper-case letters, digits or '-'";
    public static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    public static final String SKU_TEXT = "1-64 letters, digits, '.', '_' or '-'";
    public static final Pattern WAREHOUSE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");
    public static final String WAREHOUSE_TEXT = "2-20 upper-case letters, digits or '-'";
    public static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    public static final Pattern PAYMENT_TERMS = Pattern.compile("PREPAID|COD|NET[0-9]{1,3}");
    public static final String PAYMENT_TERMS_TEXT = "PREPAID, COD or NET followed by days, e.g. NET30";

    private Codes() {
    }
}
