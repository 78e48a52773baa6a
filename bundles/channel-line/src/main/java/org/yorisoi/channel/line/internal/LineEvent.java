package org.yorisoi.channel.line.internal;

import java.time.Instant;

/**
 * One event of a LINE webhook, as far as the channel uses it.
 *
 * @param type follow, unfollow, message, ...
 * @param webhookEventId LINE's id of the event (the same on redelivery)
 * @param userId the LINE user id of the source, or null for events without a user (some group events)
 * @param replyToken the reply token, or null
 * @param timestamp when the event happened (LINE's clock)
 * @param redelivery whether LINE is sending the event again because an earlier delivery was not acknowledged
 * @param messageId the message id for message events, else null
 * @param messageType text, sticker, image ... for message events, else null
 * @param text the text of a text message, else null
 */
record LineEvent(String type, String webhookEventId, String userId, String replyToken, Instant timestamp,
                 boolean redelivery, String messageId, String messageType, String text) {

    boolean isTextMessage() {
        return "message".equals(type) && "text".equals(messageType) && text != null;
    }

    /** Never the text nor the user id. */
    @Override
    public String toString() {
        return "LineEvent[" + type + (messageType == null ? "" : "/" + messageType) + ", event=" + webhookEventId
                + ", message=" + messageId + (redelivery ? ", redelivery" : "") + "]";
    }
}
