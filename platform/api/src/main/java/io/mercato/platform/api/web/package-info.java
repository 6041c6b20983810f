/** JSON endpoints served outside the JAX-RS stack, for the few hot paths where its cost matters. */
@Export
@Version("1.1.0")
package io.mercato.platform.api.web;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
