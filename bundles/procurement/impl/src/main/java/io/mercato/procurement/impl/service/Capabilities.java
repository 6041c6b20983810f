package io.mercato.procurement.impl.service;

/** The capabilities procurement checks (declared in bnd.bnd); each kind of document belongs to the department owning one. */
public final class Capabilities {
    public static final String SUPPLIER = "procurement.supplier";
    public static final String ORDER = "procurement.order";
    public static final String TENDER = "procurement.tender";
    public static final String RECEIVE = "procurement.receive";

    private Capabilities() {
    }
}
