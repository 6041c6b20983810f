/** Endpoints served outside the JAX-RS stack: hot paths where its cost matters, and uploads too large for memory. */
@Export
@Version("1.6.0")
package io.mercato.platform.api.web;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
