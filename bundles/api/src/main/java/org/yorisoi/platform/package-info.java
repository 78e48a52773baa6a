/**
 * Services the platform core provides to the REST API, the console and later features: the registry of
 * deployed contracts, their calendars, availability and report schedules, the platform clock and the
 * deployment history. All are {@code @ProviderType}: only the core implements them.
 */
@Export
@Version("1.0.0")
package org.yorisoi.platform;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
