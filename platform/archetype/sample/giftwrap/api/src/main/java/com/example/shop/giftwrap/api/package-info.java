/** Gift wrapping: what other departments may use. */
@Export
@Version("1.0.0")
package com.example.shop.giftwrap.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
