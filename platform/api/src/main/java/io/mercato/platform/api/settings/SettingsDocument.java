package io.mercato.platform.api.settings;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One version of a department's settings, as a JSON-mappable type (usually a record whose fields may be left out).
 *
 * @param <T> the document type itself
 */
@ConsumerType
public interface SettingsDocument<T extends SettingsDocument<T>> {
    /** This document with every field it leaves out taken from the defaults. */
    T complete();

    /** Refuses a document that could not work, with a {@link io.mercato.platform.api.ValidationException} naming each field. */
    void validate();
}
