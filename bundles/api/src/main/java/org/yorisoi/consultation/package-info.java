/**
 * Consultations and their messages (issue 3 stores and protects them; issue 4 brings them in from web chat and
 * LINE). Message texts are encrypted at rest with a key of their contract's (AES-GCM); they never appear in logs,
 * exceptions or audit entries.
 */
@Export
@Version("1.0.0")
package org.yorisoi.consultation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
