package org.yorisoi.chat;

import org.osgi.annotation.versioning.ConsumerType;
import org.yorisoi.consultation.Message;
import org.yorisoi.contract.spi.Channel;

/**
 * Delivers messages to consulters of a channel other than web chat (web-chat pages read the event stream). The
 * chat service calls it after the message is committed, for counselor, AI and system messages that the channel
 * did not already answer itself (see {@link ChatService#receive}).
 */
@ConsumerType
public interface OutboundChannel {

    Channel channel();

    /**
     * Delivers the message to the conversation's consulter.
     *
     * @throws RuntimeException when delivery failed; the message stays stored and the failure is logged by id
     */
    void deliver(Conversation conversation, String externalUserId, Message message);
}
