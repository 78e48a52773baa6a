package org.yorisoi.chat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;
import org.yorisoi.consultation.Message;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.security.Caller;

/**
 * The chat. Consulter-side methods are called by channels (web chat, LINE) on the consulter's behalf; staff-side
 * methods take the {@link Caller} and check its permission and contract scope themselves (throwing
 * {@link org.yorisoi.security.AccessDeniedException}), audit what they do (ids only), and refuse invalid input with
 * {@link IllegalArgumentException} / wrong state with {@link IllegalStateException}, messages naming ids only.
 */
@ProviderType
public interface ChatService {

    // --- consulters (channels) ---

    /** Opens a web-chat conversation; the token is the consulter's only key to it. */
    WebClient openWeb(String contractId, Map<String, String> attributes);

    /** The web conversation the token opens, if the token is right. */
    Optional<Conversation> webConversation(String conversationId, String clientToken);

    /**
     * The open conversation of a channel's user (e.g. a LINE user id) under the contract, opening one when there is
     * none (or the last one was closed).
     */
    Conversation conversationOf(String contractId, Channel channel, String externalUserId, Map<String, String> attributes);

    /**
     * Stores an inbound message from the consulter, committed before this returns, and decides the automatic replies
     * (stored too). Idempotent per {@code clientMessageId} (a retry after a lost answer stores nothing twice).
     *
     * @param clientMessageId the channel's id for the message (browser-generated UUID, LINE message id), or null
     */
    IntakeResult receive(String conversationId, String text, String clientMessageId);

    /** The conversation's events after {@code afterSeq}, in order; for the consulter without staff-only events. */
    List<ChatEvent> events(String conversationId, long afterSeq, boolean forClient);

    /** Live events of one conversation, from now on, until the subscription is closed. */
    AutoCloseable subscribe(String conversationId, Consumer<ChatEvent> listener);

    /** Live events of every conversation of a contract (for consoles). */
    AutoCloseable subscribeContract(String contractId, Consumer<ChatEvent> listener);

    // --- counselors and leads ---

    Optional<Conversation> conversation(String conversationId);

    /** Waiting conversations of the contract, highest risk first, then longest waiting (needs CHAT_ANSWER). */
    List<QueueEntry> queue(Caller caller, String contractId);

    /** The risk detector's hits on the conversation's messages, in message order (needs CHAT_ANSWER). */
    List<RiskMark> riskMarks(Caller caller, String conversationId);

    /** The contract's call-back list (needs CHAT_ANSWER). */
    List<Callback> callbacks(Caller caller, String contractId, boolean openOnly);

    /** Marks a call-back done. */
    Callback callbackDone(Caller caller, String callbackId);

    /** Claims a waiting conversation; refused above the counselor's capacity. */
    Conversation claim(Caller caller, String conversationId);

    /** Sends a counselor's message in a conversation the caller holds; delivered through the channel. */
    Message send(Caller caller, String conversationId, String text);

    /** Passes the conversation to another counselor or lead of the contract (holder or lead only). */
    Conversation transfer(Caller caller, String conversationId, String toPersonId);

    /** A lead's note to the counselor (needs CHAT_SUPERVISE). */
    Note note(Caller caller, String conversationId, String text);

    List<Note> notes(Caller caller, String conversationId);

    /** Closes with the record (holder or lead). */
    Conversation close(Caller caller, String conversationId, ConsultationRecord record);

    Optional<ConsultationRecord> record(String conversationId);

    /** The caller's own live conversations under the contract. */
    List<Conversation> mine(Caller caller, String contractId);

    /** Every live (waiting or active) conversation of the contract (needs CHAT_SUPERVISE). */
    List<Conversation> live(Caller caller, String contractId);

    /** The contract's canned responses: title → text (from the contract bundle). */
    Map<String, String> cannedResponses(String contractId);

    /** A municipal user records an instruction for the thread (needs INSTRUCTION_WRITE). */
    Instruction instruct(Caller caller, String conversationId, String text);

    List<Instruction> instructions(Caller caller, String conversationId);

    /** A counselor sends a recorded instruction to the consulter (needs CHAT_ANSWER). */
    Message sendInstruction(Caller caller, String instructionId);

    /** Live conversations held by each counselor at most (configuration). */
    int capacity();
}
