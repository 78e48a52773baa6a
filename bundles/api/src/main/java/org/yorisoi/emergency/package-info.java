/**
 * Emergency and information-sharing cases: a counselor or lead opens a case on a conversation (declaring it, or
 * confirming a risk detection); the contract bundle's {@link org.yorisoi.contract.spi.EscalationRule} for the
 * case's trigger gives its steps, each with an owner, a due time and a done time. Notices to the routed recipients
 * go out at once over SMTP or a signed webhook, carry an acknowledgement link and never the transcript; a notice
 * not acknowledged in the contract's time is sent again and the lead is alerted. Every action is audited with the
 * case id as its target, so the audit log holds each case's full timeline.
 */
@Export
@Version("1.0.0")
package org.yorisoi.emergency;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
