/**
 * Versioned settings documents: a department's settings as one JSON document, every change a new version with who, when
 * and why, checked before it is saved, the version in force cached, the history readable.
 */
@Export
@Version("1.0.0")
package io.mercato.platform.api.settings;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
