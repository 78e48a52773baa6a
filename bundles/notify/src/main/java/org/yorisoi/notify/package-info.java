/**
 * Notices that must reach a person outside the platform, such as the municipality's emergency contact:
 * by email over SMTP or by a signed HTTPS webhook, each carrying an acknowledgement link.
 *
 * <p>A notice carries the minimum a recipient needs to act (case id, contract, urgency, what to do, the
 * acknowledgement link) and never the transcript of a consultation: mail and webhooks leave the platform's
 * control, and the consulter's words must not. Delivery outcomes are returned as {@link
 * org.yorisoi.notify.Delivery} values, never thrown, so a caller can record each attempt and re-notify.
 *
 * <p>{@link org.yorisoi.notify.NoticeSender} is {@code @ProviderType}: only this bundle implements it.
 */
@Export
@Version("1.0.0")
package org.yorisoi.notify;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
