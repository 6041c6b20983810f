package io.mercato.procurement.impl.service;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/io.mercato.procurement.cfg}: from which total a purchase order needs the approval chain. */
@ObjectClassDefinition(name = "Mercato procurement")
public @interface OrderApprovalPolicy {
    String PID = "io.mercato.procurement";

    @AttributeDefinition(description = "Purchase orders with a total of at least this (in their currency) go through the "
            + "organisation's approval chain; below it a submitted order is approved at once. 0: every order.")
    String approvalThreshold() default "50000";
}
