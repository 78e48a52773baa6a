/**
 * Chat consultations (issue 4): intake from every channel at any hour, the queue, counselors claiming and answering,
 * transfers, leads' notes, closing with the record the contracts ask for, the call-back list, municipality-directed
 * messages, and live events for the consulter page and the counselor console.
 *
 * <p>Durability first: {@link org.yorisoi.chat.ChatService#receive} returns only after the message is committed, so
 * a channel acknowledges nothing that a crash could lose. Every event of a conversation has a sequence number, so a
 * client that reconnects asks for what came after the last number it saw and gets each event exactly once.
 *
 * <p>Channels other than web chat deliver outbound messages through an {@link org.yorisoi.chat.OutboundChannel}
 * service (the LINE bundle registers one).
 */
@Export
@Version("1.0.0")
package org.yorisoi.chat;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
