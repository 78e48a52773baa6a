/**
 * Data protection (issue 3): per-contract encryption keys kept outside the database, and erasure of a contract's
 * consultation data at the end of its term with a written record.
 */
@Export
@Version("1.0.0")
package org.yorisoi.protection;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
