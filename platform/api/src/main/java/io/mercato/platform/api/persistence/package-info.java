@Export
@Version("2.3.0")
package io.mercato.platform.api.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
