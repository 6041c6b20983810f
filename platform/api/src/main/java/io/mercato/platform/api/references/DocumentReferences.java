package io.mercato.platform.api.references;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/** Registered by a department that keeps references to other departments' documents in its own schema. */
@ConsumerType
public interface DocumentReferences {
    /** The references this department holds to documents of {@code department}; empty when none. */
    List<HeldReference> heldTo(String department);

    /**
     * @param holder      the department holding the references
     * @param description what they are, for people ("stock receipts naming purchase orders")
     * @param count       how many
     */
    record HeldReference(String holder, String description, long count) {
    }
}
