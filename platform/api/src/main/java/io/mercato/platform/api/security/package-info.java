/** Who may do what: capabilities on REST endpoints, staff accounts. */
@Export
@Version("1.3.0")
package io.mercato.platform.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
