/**
 * The audit log: an append-only, hash-chained record of who did what, when, from where, and with what
 * outcome: logins (successful and failed), reads of consultation content, writes, exports, configuration
 * changes and contract deployments.
 *
 * <p>Entries carry <b>identifiers only</b> (consultation, message, staff, contract ids and the like), never
 * message bodies, names or other content of a consultation: the log is read by operators who may not read
 * the consultations themselves, and it can never be deleted.
 *
 * <p>{@link org.yorisoi.audit.AuditLog} is {@code @ProviderType}: only the core implements it.
 */
@Export
@Version("1.1.0")
package org.yorisoi.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
