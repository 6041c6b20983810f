package io.mercato.platform.api.settings;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.persistence.TransactionContext;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A department's settings document (see {@link io.mercato.platform.api.persistence.SchemaDatabase#settings}). Versions
 * never change once saved, so each is parsed once and kept; reading the one in force costs one indexed look-up of its
 * number, on every node alike.
 */
@ProviderType
public interface VersionedSettings<T extends SettingsDocument<T>> {
    /** The version in force (the defaults as version 0 while none was saved). */
    SettingsVersion<T> current();

    /** The version in force as the given transaction sees it (also one it saved itself). */
    SettingsVersion<T> current(TransactionContext tx);

    /** The versions, newest first, at most {@code limit} (1 to 500). */
    List<SettingsVersion<T>> versions(int limit);

    /**
     * Checks the change ({@code settings} required, {@code note} at most 500 characters, then the document's own
     * {@link SettingsDocument#validate()}), saves it complete as the next version and audits it. Two saves at the same
     * moment: the second is refused with a conflict ({@code settings-changed}) and may be sent again.
     */
    SettingsVersion<T> save(SettingsChange<T> change, Actor actor);
}
