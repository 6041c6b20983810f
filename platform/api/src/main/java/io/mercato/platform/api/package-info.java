@Export
@Version("1.5.0")
package io.mercato.platform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
