@Export
@Version("1.1.0")
package io.mercato.platform.api.validation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
