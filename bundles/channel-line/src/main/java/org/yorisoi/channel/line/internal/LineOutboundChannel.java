package org.yorisoi.channel.line.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yorisoi.chat.Conversation;
import org.yorisoi.chat.OutboundChannel;
import org.yorisoi.consultation.Message;
import org.yorisoi.contract.spi.Channel;

/** Counselor, AI and system messages to LINE consulters, pushed with the account of the conversation's contract. */
@Component(service = OutboundChannel.class)
public class LineOutboundChannel implements OutboundChannel {

    private final LineChannels channels;

    @Activate
    public LineOutboundChannel(@Reference LineChannels channels) {
        this.channels = channels;
    }

    @Override
    public Channel channel() {
        return Channel.LINE;
    }

    @Override
    public void deliver(Conversation conversation, String externalUserId, Message message) {
        LineChannel channel = channels.of(conversation.contractId()).filter(LineChannel::connected)
                .orElseThrow(() -> new IllegalStateException("no connected LINE channel for contract "
                        + conversation.contractId() + ", message " + message.id()));
        channel.client().push(externalUserId, List.of(message.text()), retryKey(message));
    }

    /**
     * Derived from the message id, so that delivering the same message again (a retry by the chat service) is
     * recognised by LINE and not shown twice.
     */
    static UUID retryKey(Message message) {
        return UUID.nameUUIDFromBytes(("line-push:" + message.id()).getBytes(StandardCharsets.UTF_8));
    }
}
