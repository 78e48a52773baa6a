package org.yorisoi.core.internal.chat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.crypto.SecretKey;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.transaction.TransactionManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.chat.Callback;
import org.yorisoi.chat.Category;
import org.yorisoi.chat.ChatEvent;
import org.yorisoi.chat.ChatService;
import org.yorisoi.chat.ConsultationRecord;
import org.yorisoi.chat.Conversation;
import org.yorisoi.chat.ConversationState;
import org.yorisoi.chat.Instruction;
import org.yorisoi.chat.IntakeResult;
import org.yorisoi.chat.Note;
import org.yorisoi.chat.OutboundChannel;
import org.yorisoi.chat.QueueEntry;
import org.yorisoi.chat.RiskMark;
import org.yorisoi.core.internal.emergency.LeadAlertEntity;
import org.yorisoi.risk.RiskAssessment;
import org.yorisoi.risk.RiskDetector;
import org.yorisoi.risk.RiskHit;
import org.yorisoi.risk.Severity;
import org.yorisoi.chat.Urgency;
import org.yorisoi.chat.WebClient;
import org.yorisoi.consultation.Consultation;
import org.yorisoi.consultation.ConsultationStore;
import org.yorisoi.consultation.Message;
import org.yorisoi.consultation.Sender;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.core.internal.crypto.ContentCipher;
import org.yorisoi.core.internal.crypto.ContractKeys;
import org.yorisoi.platform.Availability;
import org.yorisoi.platform.ContractCalendar;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.security.AccessDeniedException;
import org.yorisoi.security.Caller;
import org.yorisoi.security.ContentAccess;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.StaffDirectory;
import org.yorisoi.staff.Staffing;

/**
 * The chat on the platform database. Every write runs in one transaction that locks the conversation's row first
 * (then, through the consultation store, the consultation's), so event numbers are gap-free across writers and
 * nodes; listeners, channels and the audit log hear of it only after the commit. Texts of messages, notes,
 * instructions and records are encrypted under the contract's key; logs and exceptions name ids only.
 */
@Component(service = {ChatService.class, CaseSignals.class}, configurationPid = JpaChatService.PID)
@Designate(ocd = JpaChatService.Config.class)
public class JpaChatService implements ChatService, CaseSignals {

    public static final String PID = "org.yorisoi.chat";
    static final String CONSULTER = "consulter";
    /** The actor of what the platform does by itself (risk detection, alerts). */
    static final String SYSTEM = "platform";
    static final int MAX_TEXT = 10_000;
    private static final int MAX_EXTERNAL_USER_ID = 128;
    private static final Logger LOG = LoggerFactory.getLogger(JpaChatService.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<Role> ANSWERING_ROLES = Set.of(Role.COUNSELOR, Role.LEAD);

    @ObjectClassDefinition(name = "Yorisoi chat", description = "Intake, queue and counselors' conversations")
    public @interface Config {
        @AttributeDefinition(name = "Capacity",
                description = "Live conversations one counselor holds at most; also decides when every counselor "
                        + "on duty is busy", min = "1", max = "20")
        int capacity() default 3;
    }

    private final JpaTemplate jpa;
    private final PlatformClock clock;
    private final ContractRegistry contracts;
    private final ContractCalendar calendar;
    private final Staffing staffing;
    private final StaffDirectory staff;
    private final ConsultationStore store;
    private final ContractKeys keys;
    private final ContentAccess contentAccess;
    private final AuditLog audit;
    private final RiskDetector detector;
    private final ChatListeners listeners = new ChatListeners();
    private final List<OutboundChannel> outbound = new CopyOnWriteArrayList<>();
    /**
     * Serialise opening a channel user's conversation on this node, so two first messages open one; striped, so
     * the locks stay few and a lock is never swapped while someone waits on it.
     */
    private final Object[] openingLocks = stripes(64);
    private final Map<String, Object> claimLocks = new ConcurrentHashMap<>();
    private volatile int capacity;

    /** The transaction manager only orders activation: the JTA unit fails on its first write without it. */
    @Activate
    public JpaChatService(Config config, @Reference(target = "(osgi.unit.name=yorisoi)") JpaTemplate jpa,
                          @Reference TransactionManager transactionManager, @Reference PlatformClock clock,
                          @Reference ContractRegistry contracts, @Reference ContractCalendar calendar,
                          @Reference Staffing staffing, @Reference StaffDirectory staff,
                          @Reference ConsultationStore store, @Reference ContractKeys keys,
                          @Reference ContentAccess contentAccess, @Reference AuditLog audit,
                          @Reference RiskDetector detector) {
        this(config.capacity(), jpa, clock, contracts, calendar, staffing, staff, store, keys, contentAccess, audit,
                detector);
    }

    JpaChatService(int capacity, JpaTemplate jpa, PlatformClock clock, ContractRegistry contracts,
                   ContractCalendar calendar, Staffing staffing, StaffDirectory staff, ConsultationStore store,
                   ContractKeys keys, ContentAccess contentAccess, AuditLog audit, RiskDetector detector) {
        this.capacity = checkCapacity(capacity);
        this.jpa = jpa;
        this.clock = clock;
        this.contracts = contracts;
        this.calendar = calendar;
        this.staffing = staffing;
        this.staff = staff;
        this.store = store;
        this.keys = keys;
        this.contentAccess = contentAccess;
        this.audit = audit;
        this.detector = detector;
    }

    @Modified
    void modified(Config config) {
        capacity = checkCapacity(config.capacity());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addOutbound(OutboundChannel channel) {
        outbound.add(channel);
    }

    void removeOutbound(OutboundChannel channel) {
        outbound.remove(channel);
    }

    private static Object[] stripes(int count) {
        Object[] locks = new Object[count];
        for (int i = 0; i < count; i++) {
            locks[i] = new Object();
        }
        return locks;
    }

    private static int checkCapacity(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        return capacity;
    }

    @Override
    public int capacity() {
        return capacity;
    }

    // --- consulters ---

    @Override
    public WebClient openWeb(String contractId, Map<String, String> attributes) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Conversation opened = open(contractId, Channel.WEB, null, sha256(token), attributes);
        return new WebClient(opened.id(), token);
    }

    @Override
    public Optional<Conversation> webConversation(String conversationId, String clientToken) {
        if (conversationId == null || clientToken == null) {
            return Optional.empty();
        }
        ConversationEntity c = jpa.txExpr(TransactionType.Supports,
                em -> em.find(ConversationEntity.class, conversationId));
        if (c == null || c.clientTokenHash == null || !MessageDigest.isEqual(
                c.clientTokenHash.getBytes(StandardCharsets.US_ASCII),
                sha256(clientToken).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(toRecord(c));
    }

    @Override
    public Conversation conversationOf(String contractId, Channel channel, String externalUserId,
                                       Map<String, String> attributes) {
        if (channel == null || channel == Channel.WEB) {
            throw new IllegalArgumentException("conversationOf is for channels with their own user ids, not " + channel);
        }
        if (externalUserId == null || externalUserId.isBlank() || externalUserId.length() > MAX_EXTERNAL_USER_ID) {
            throw new IllegalArgumentException("external user id must be 1.." + MAX_EXTERNAL_USER_ID + " characters");
        }
        String userKey = contractId + "|" + channel + "|" + externalUserId;
        synchronized (openingLocks[Math.floorMod(userKey.hashCode(), openingLocks.length)]) {
            Optional<ConversationEntity> existing = jpa.txExpr(TransactionType.Supports, em -> em
                    .createNamedQuery(ConversationEntity.OF_EXTERNAL_USER, ConversationEntity.class)
                    .setParameter("contractId", contractId).setParameter("channel", channel.name())
                    .setParameter("externalUserId", externalUserId).setMaxResults(1).getResultList()
                    .stream().findFirst());
            if (existing.isPresent()) {
                return toRecord(existing.get());
            }
            return open(contractId, channel, externalUserId, null, attributes);
        }
    }

    /**
     * Opens the consultation (its own transaction: the store audits the opening, which must not run inside one),
     * then the conversation. A crash in between leaves a consultation without conversation and without messages.
     */
    private Conversation open(String contractId, Channel channel, String externalUserId, String tokenHash,
                              Map<String, String> attributes) {
        Contract contract = contracts.get(contractId);
        if (!contract.info().channels().contains(channel)) {
            throw new IllegalArgumentException("contract " + contractId + " does not take channel " + channel);
        }
        Consultation consultation = store.open(contractId, channel, attributes);
        return keys.writing(contractId, () -> jpa.txExpr(TransactionType.Required, em -> {
            ConversationEntity c = new ConversationEntity(consultation.id(), contractId, channel,
                    consultation.openedAt());
            c.externalUserId = externalUserId;
            c.clientTokenHash = tokenHash;
            em.persist(c);
            return c.toRecord(consultation.attributes());
        }));
    }

    @Override
    public IntakeResult receive(String conversationId, String text, String clientMessageId) {
        if (clientMessageId != null && (clientMessageId.isBlank()
                || clientMessageId.length() > ClientMessageEntity.MAX_ID)) {
            throw new IllegalArgumentException("client message id must be 1.." + ClientMessageEntity.MAX_ID
                    + " characters");
        }
        ConversationEntity before = conversationEntity(conversationId);
        String contractId = before.contractId;
        Contract contract = contracts.get(contractId);
        OffsetDateTime now = clock.now().atZone(PlatformClock.TOKYO).toOffsetDateTime();
        Availability availability = calendar.availability(contractId, now);
        boolean paused = contract.info().term().isPaused(now.atZoneSameInstant(PlatformClock.TOKYO).toLocalDate());
        int onDuty = availability.humanStaffed() ? onDuty(contractId, now) : 0;
        int capacityNow = capacity;

        // read before locking: Derby locks what a query scans, and scanning other conversations' rows while holding
        // this one's lock could deadlock with another consulter's intake; the counts are a moment's picture anyway
        long active = jpa.txExpr(TransactionType.Supports, em -> count(em, contractId, ConversationState.ACTIVE));
        int position = jpa.txExpr(TransactionType.Supports, em -> queuePosition(em, before));

        // assessed before the transaction: the analyser needs no lock, and the hits are stored with the message
        RiskAssessment assessment = detector.assess(text);
        Writes writes = new Writes();
        Intake intake = keys.writing(contractId, () -> jpa.txExpr(TransactionType.Required, em -> {
            ConversationEntity c = locked(em, conversationId);
            if (c.state() == ConversationState.CLOSED) {
                throw new IllegalStateException("conversation " + conversationId + " is closed");
            }
            IntakeRules.Facts facts = new IntakeRules.Facts(availability, paused, c.state(), c.clientMessages == 0,
                    onDuty, capacityNow, active, c.state() == ConversationState.WAITING ? Math.max(position, 1) : 0,
                    c.lastReply);
            ClientMessageEntity earlier = clientMessageId == null ? null
                    : em.find(ClientMessageEntity.class, ClientMessageEntity.id(conversationId, clientMessageId));
            if (earlier != null) {
                // a retry: the message is stored already; say where things stand, store nothing
                IntakeRules.Decision standing = IntakeRules.decide(facts);
                Message stored = store.messages(conversationId).stream()
                        .filter(m -> m.id().equals(earlier.messageId)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("message " + earlier.messageId
                                + " of conversation " + conversationId + " is missing"));
                return new Intake(toRecord(c), stored, List.of(), standing.situation(), standing.queuePosition(),
                        true);
            }
            Message stored = store.append(conversationId, Sender.CLIENT, null, text);
            c.clientMessages++;
            event(em, c, ChatEvent.Kind.MESSAGE, stored.at(), stored, null, true, writes);
            if (clientMessageId != null) {
                em.persist(new ClientMessageEntity(conversationId, clientMessageId, stored.id()));
            }
            for (RiskHit hit : assessment.hits()) {
                em.persist(new RiskMarkEntity(UUID.randomUUID().toString(), conversationId, stored.id(),
                        stored.at().toEpochMilli(), hit, assessment.lexiconVersion()));
            }
            if (assessment.max().atLeast(Severity.LOW)) {
                c.raiseRisk(assessment.max());
                event(em, c, ChatEvent.Kind.RISK, stored.at(), stored, null, false, writes);
            }
            if (assessment.max() == Severity.HIGH) {
                LeadAlertEntity alert = LeadAlertEntity.highRiskMessage(contractId, conversationId, stored.at());
                em.persist(alert);
                writes.alertId = alert.id();
            }
            IntakeRules.Decision decision = IntakeRules.decide(facts);
            List<Message> replies = new ArrayList<>();
            String replyText = decision.reply() == null ? null : IntakeRules.text(contract.autoReplies(),
                    decision.reply(), availability.nextHumanOpening(), decision.queuePosition());
            if (replyText != null) {
                Message reply = store.append(conversationId, Sender.SYSTEM, null, replyText);
                event(em, c, ChatEvent.Kind.MESSAGE, reply.at(), reply, null, true, writes);
                replies.add(reply);
            }
            if (decision.replyKey() != null) {
                c.lastReply = decision.replyKey();
            }
            if (decision.needsCallback() && c.openCallbackId == null) {
                c.openCallbackId = UUID.randomUUID().toString();
                em.persist(new CallbackEntity(c.openCallbackId, conversationId, contractId, stored.at(),
                        decision.callbackDue() == null ? null : decision.callbackDue().toInstant()));
            }
            return new Intake(toRecord(c), stored, replies, decision.situation(), decision.queuePosition(), false);
        }));
        if (!intake.duplicate()) {
            auditQuietly(new AuditEvent(CONSULTER, null, contractId, AuditActions.WRITE, intake.stored().id(),
                    AuditEvent.Outcome.SUCCESS, "channel=" + before.channel));
            if (assessment.max().atLeast(Severity.LOW)) {
                auditQuietly(new AuditEvent(SYSTEM, null, contractId, AuditActions.RISK_DETECTED,
                        intake.stored().id(), AuditEvent.Outcome.SUCCESS, "conversation=" + conversationId
                        + " severity=" + assessment.max() + " entries=" + counted(assessment)
                        + " lexicon=" + assessment.lexiconVersion()));
            }
            if (writes.alertId != null) {
                auditQuietly(new AuditEvent(SYSTEM, null, contractId, AuditActions.LEAD_ALERTED, conversationId,
                        AuditEvent.Outcome.SUCCESS, "alert=" + writes.alertId + " kind=HIGH_RISK_MESSAGE"));
            }
            // the receiving channel answers the automatic replies itself (reply token); nothing goes outbound
            listeners.publish(contractId, writes.events);
        }
        return new IntakeResult(intake.conversation(), intake.stored(), intake.replies(), intake.situation(),
                intake.queuePosition());
    }

    private record Intake(Conversation conversation, Message stored, List<Message> replies,
                          IntakeResult.Situation situation, int queuePosition, boolean duplicate) {
    }

    /** Distinct persons with a counselor or lead shift under the contract covering now. */
    private int onDuty(String contractId, OffsetDateTime now) {
        return (int) staffing.shifts(contractId, now, now.plusSeconds(1)).stream()
                .filter(s -> ANSWERING_ROLES.contains(s.role()))
                .filter(s -> !s.start().isAfter(now) && s.end().isAfter(now))
                .map(s -> s.personId()).distinct().count();
    }

    @Override
    public List<ChatEvent> events(String conversationId, long afterSeq, boolean forClient) {
        conversationEntity(conversationId);
        List<ChatEventEntity> rows = jpa.txExpr(TransactionType.Supports, em -> em
                .createNamedQuery(ChatEventEntity.AFTER, ChatEventEntity.class)
                .setParameter("conversationId", conversationId).setParameter("after", afterSeq).getResultList());
        List<ChatEventEntity> wanted = rows.stream().filter(e -> !forClient || e.clientVisible).toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, Message> messages = wanted.stream().anyMatch(e -> e.messageId != null)
                ? store.messages(conversationId).stream().collect(Collectors.toMap(Message::id, Function.identity()))
                : Map.of();
        return wanted.stream().map(e -> new ChatEvent(conversationId, e.seq, ChatEvent.Kind.valueOf(e.kind),
                Instant.ofEpochMilli(e.atMillis), e.messageId == null ? null : messages.get(e.messageId),
                e.counselorId, e.clientVisible)).toList();
    }

    @Override
    public AutoCloseable subscribe(String conversationId, Consumer<ChatEvent> listener) {
        return listeners.onConversation(conversationId, listener);
    }

    @Override
    public AutoCloseable subscribeContract(String contractId, Consumer<ChatEvent> listener) {
        return listeners.onContract(contractId, listener);
    }

    // --- counselors and leads ---

    @Override
    public Optional<Conversation> conversation(String conversationId) {
        if (conversationId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports,
                em -> em.find(ConversationEntity.class, conversationId))).map(this::toRecord);
    }

    @Override
    public List<QueueEntry> queue(Caller caller, String contractId) {
        require(caller, Permission.CHAT_ANSWER, contractId);
        Instant now = clock.now();
        List<ConversationEntity> waiting = new ArrayList<>(inState(contractId, ConversationState.WAITING));
        waiting.sort(ConversationEntity.QUEUE_ORDER);
        List<QueueEntry> queue = new ArrayList<>(waiting.size());
        for (int i = 0; i < waiting.size(); i++) {
            Conversation c = toRecord(waiting.get(i));
            queue.add(new QueueEntry(c, i + 1, Duration.between(c.openedAt(), now)));
        }
        return queue;
    }

    @Override
    public List<RiskMark> riskMarks(Caller caller, String conversationId) {
        ConversationEntity c = conversationEntity(conversationId);
        require(caller, Permission.CHAT_ANSWER, c.contractId);
        return jpa.txExpr(TransactionType.Supports, em -> em.createNamedQuery(RiskMarkEntity.OF_CONVERSATION,
                        RiskMarkEntity.class).setParameter("conversationId", conversationId).getResultList())
                .stream().map(RiskMarkEntity::toRecord).toList();
    }

    @Override
    public void caseChanged(String conversationId) {
        Writes writes = new Writes();
        String contractId = jpa.txExpr(TransactionType.Required, em -> {
            ConversationEntity c = locked(em, conversationId);
            event(em, c, ChatEvent.Kind.CASE, clock.now(), null, null, false, writes);
            return c.contractId;
        });
        listeners.publish(contractId, writes.events);
    }

    private static String counted(RiskAssessment assessment) {
        return assessment.hits().stream().filter(h -> !h.negated() && h.severity().atLeast(Severity.LOW))
                .map(RiskHit::entryId).distinct().collect(Collectors.joining(","));
    }

    /** After intake: the message is committed and the consulter must not lose the reply over a failed audit. */
    private void auditQuietly(AuditEvent event) {
        try {
            audit.record(event);
        } catch (RuntimeException e) {
            // the gap is logged by ids
            LOG.error("Could not audit {} on {}: {}", event.action(), event.target(), e.getClass().getName());
        }
    }

    @Override
    public List<Callback> callbacks(Caller caller, String contractId, boolean openOnly) {
        require(caller, Permission.CHAT_ANSWER, contractId);
        return jpa.txExpr(TransactionType.Supports, em -> em.createNamedQuery(
                        openOnly ? CallbackEntity.OPEN_OF_CONTRACT : CallbackEntity.OF_CONTRACT, CallbackEntity.class)
                .setParameter("contractId", contractId).getResultList().stream().map(CallbackEntity::toRecord)
                .toList());
    }

    @Override
    public Callback callbackDone(Caller caller, String callbackId) {
        CallbackEntity found = callbackId == null ? null
                : jpa.txExpr(TransactionType.Supports, em -> em.find(CallbackEntity.class, callbackId));
        if (found == null) {
            throw new IllegalArgumentException("no call-back " + callbackId);
        }
        require(caller, Permission.CHAT_ANSWER, found.contractId);
        Callback done = keys.writing(found.contractId, () -> jpa.txExpr(TransactionType.Required, em -> {
            ConversationEntity c = locked(em, found.conversationId);
            CallbackEntity cb = em.find(CallbackEntity.class, callbackId, LockModeType.PESSIMISTIC_WRITE);
            if (cb.doneAt != null) {
                throw new IllegalStateException("call-back " + callbackId + " is done already");
            }
            cb.doneAt = clock.now().toEpochMilli();
            cb.doneBy = caller.personId();
            if (callbackId.equals(c.openCallbackId)) {
                c.openCallbackId = null;
            }
            if (IntakeRules.isOutOfHoursReply(c.lastReply)) {
                // the consulter was called back: a new out-of-hours contact deserves a new reply
                c.lastReply = null;
            }
            return cb.toRecord();
        }));
        staffWrite(caller, found.contractId, callbackId, "call-back done, conversation=" + found.conversationId);
        return done;
    }

    @Override
    public Conversation claim(Caller caller, String conversationId) {
        ConversationEntity found = conversationEntity(conversationId);
        require(caller, Permission.CHAT_ANSWER, found.contractId);
        int limit = capacity;
        Writes writes = new Writes();
        Conversation claimed;
        // one claim per counselor at a time on this node, so two quick claims cannot both pass the capacity check;
        // the count is read before the row lock (Derby locks what a query scans)
        Object counselorLock = claimLocks.computeIfAbsent(caller.personId(), k -> new Object());
        synchronized (counselorLock) {
            int held = jpa.txExpr(TransactionType.Supports,
                    em -> heldBy(em, found.contractId, caller.personId())).size();
            if (held >= limit) {
                throw new IllegalStateException("counselor " + caller.personId() + " holds " + held
                        + " conversations; the capacity is " + limit);
            }
            claimed = claimLocked(caller, conversationId, found.contractId, writes);
        }
        staffWrite(caller, claimed.contractId(), conversationId, "claimed");
        listeners.publish(claimed.contractId(), writes.events);
        return claimed;
    }

    private Conversation claimLocked(Caller caller, String conversationId, String contractId, Writes writes) {
        return keys.writing(contractId, () -> jpa.txExpr(TransactionType.Required, em -> {
            ConversationEntity c = locked(em, conversationId);
            if (c.state() != ConversationState.WAITING) {
                throw new IllegalStateException("conversation " + conversationId + " is " + c.state()
                        + ", not waiting");
            }
            Instant now = clock.now();
            c.state = ConversationState.ACTIVE.name();
            c.counselorId = caller.personId();
            if (c.claimedAt == null) {
                c.claimedAt = now.toEpochMilli();
            }
            event(em, c, ChatEvent.Kind.CLAIMED, now, null, caller.personId(), true, writes);
            return toRecord(c);
        }));
    }

    @Override
    public Message send(Caller caller, String conversationId, String text) {
        ConversationEntity found = conversationEntity(conversationId);
        require(caller, Permission.CHAT_ANSWER, found.contractId);
        Writes writes = new Writes();
        Message sent = keys.writing(found.contractId, () -> jpa.txExpr(TransactionType.Required, em -> {
            ConversationEntity c = locked(em, conversationId);
            requireHolder(caller, c);
            Message m = store.append(conversationId, Sender.COUNSELOR, caller.personId(), text);
            event(em, c, ChatEvent.Kind.MESSAGE, m.at(), m, null, true, writes);
            writes.outbound.add(m);
            return m;
        }));
        staffWrite(caller, found.contractId, sent.id(), "message, conversation=" + conversationId);
        afterCommit(found.contractId, conversationId, writes);
        return sent;
    }

    @Override
    public Conversation transfer(Caller caller, String conversationId, String toPersonId) {
        ConversationEntity found = conversationEntity(conversationId);
        String contractId = found.contractId;
        boolean lead = caller != null && caller.may(Permission.CHAT_SUPERVISE, contractId);
        if (!lead) {
            require(caller, Permission.CHAT_ANSWER, contractId);
        }
        if (toPersonId == null || !mayAnswer(toPersonId, contractId)) {
            throw new IllegalArgumentException("person " + toPersonId + " holds no counselor or lead role under "
                    + "contract " + contractId);
        }
        Writes writes = new Writes();
        Conversation moved = keys.writing(contractId, () -> jpa.txExpr(TransactionType.Required, em -> {
            ConversationEntity c = locked(em, conversationId);
            if (c.state() == ConversationState.CLOSED) {
                throw new IllegalStateException("conversation " + conversationId + " is closed");
            }
            if (!lead) {
                requireHolder(caller, c);
            }
            Instant now = clock.now();
            c.state = ConversationState.ACTIVE.name();
            c.counselorId = toPersonId;
            if (c.claimedAt == null) {
                c.claimedAt = now.toEpochMilli();
            }
            event(em, c, ChatEvent.Kind.TRANSFERRED, now, null, toPersonId, true, writes);
            return toRecord(c);
        }));
        staffWrite(caller, contractId, conversationId, "transferred to person=" + toPersonId);
        listeners.publish(contractId, writes.events);
        return moved;
    }

    private boolean mayAnswer(String personId, String contractId) {
        LocalDate today = clock.nowInTokyo().toLocalDate();
        try {
            return staff.grants(personId).stream().anyMatch(g -> ANSWERING_ROLES.contains(g.role())
                    && g.appliesTo(contractId) && !g.from().isAfter(today)
                    && (g.until() == null || !g.until().isBefore(today)));
        } catch (IllegalArgumentException unknownPerson) {
            return false;
        }
    }

    @Override
    public Note note(Caller caller, String conversationId, String text) {
        ConversationEntity found = conversationEntity(conversationId);
        String contractId = found.contractId;
        require(caller, Permission.CHAT_SUPERVISE, contractId);
        checkText(text);
        Writes writes = new Writes();
        Note note = keys.writing(contractId, () -> {
            SecretKey key = keys.keyFor(contractId);
            return jpa.txExpr(TransactionType.Required, em -> {
                ConversationEntity c = locked(em, conversationId);
                String id = UUID.randomUUID().toString();
                Instant at = Instant.ofEpochMilli(clock.now().toEpochMilli());
                em.persist(new ChatNoteEntity(id, conversationId, contractId, caller.personId(), at.toEpochMilli(),
                        ContentCipher.encrypt(key, contractId, conversationId, id, text)));
                event(em, c, ChatEvent.Kind.NOTE, at, null, null, false, writes);
                return new Note(id, conversationId, caller.personId(), at, text);
            });
        });
        staffWrite(caller, contractId, note.id(), "note, conversation=" + conversationId);
        listeners.publish(contractId, writes.events);
        return note;
    }

    @Override
    public List<Note> notes(Caller caller, String conversationId) {
        ConversationEntity c = conversationEntity(conversationId);
        if (caller == null || !caller.may(Permission.CHAT_SUPERVISE, c.contractId)) {
            require(caller, Permission.CHAT_ANSWER, c.contractId);
            requireHolder(caller, c);
        }
        List<ChatNoteEntity> rows = jpa.txExpr(TransactionType.Supports, em -> em
                .createNamedQuery(ChatNoteEntity.OF_CONVERSATION, ChatNoteEntity.class)
                .setParameter("conversationId", conversationId).getResultList());
        SecretKey key = rows.isEmpty() ? null : existingKey(c.contractId);
        List<Note> notes = rows.stream().map(n -> new Note(n.id, conversationId, n.authorId,
                Instant.ofEpochMilli(n.atMillis), ContentCipher.decrypt(key, c.contractId, conversationId, n.id,
                n.body))).toList();
        contentRead(caller, c.contractId, conversationId, "notes");
        return notes;
    }

    @Override
    public Conversation close(Caller caller, String conversationId, ConsultationRecord record) {
        if (record == null) {
            throw new IllegalArgumentException("the record is required to close");
        }
        ConversationEntity found = conversationEntity(conversationId);
        String contractId = found.contractId;
        boolean lead = caller != null && caller.may(Permission.CHAT_SUPERVISE, contractId);
        if (!lead) {
            require(caller, Permission.CHAT_ANSWER, contractId);
        }
        checkOptionalText(record.mainComplaint());
        checkOptionalText(record.advice());
        Writes writes = new Writes();
        Conversation closed = keys.writing(contractId, () -> {
            SecretKey key = keys.keyFor(contractId);
            return jpa.txExpr(TransactionType.Required, em -> {
                ConversationEntity c = locked(em, conversationId);
                if (c.state() == ConversationState.CLOSED) {
                    throw new IllegalStateException("conversation " + conversationId + " is closed already");
                }
                if (!lead) {
                    requireHolder(caller, c);
                }
                Instant now = clock.now();
                c.state = ConversationState.CLOSED.name();
                c.closedAt = now.toEpochMilli();
                c.closedBy = caller.personId();
                c.mainComplaint = seal(key, c, "main-complaint", record.mainComplaint());
                c.advice = seal(key, c, "advice", record.advice());
                c.category = record.category().name();
                c.urgency = record.urgency().name();
                c.recordAttributes = RecordAttributes.encode(record.attributes());
                event(em, c, ChatEvent.Kind.CLOSED, now, null, null, true, writes);
                return toRecord(c);
            });
        });
        // after the commit: the store audits its own closing, which must not run inside the transaction
        store.close(conversationId);
        staffWrite(caller, contractId, conversationId, "closed, category=" + record.category() + " urgency="
                + record.urgency());
        listeners.publish(contractId, writes.events);
        return closed;
    }

    @Override
    public Optional<ConsultationRecord> record(String conversationId) {
        Optional<ConversationEntity> found = Optional.ofNullable(conversationId).map(id -> jpa.txExpr(
                TransactionType.Supports, em -> em.find(ConversationEntity.class, id)));
        return found.filter(c -> c.state() == ConversationState.CLOSED).map(c -> {
            SecretKey key = existingKey(c.contractId);
            Instant start = Instant.ofEpochMilli(c.openedAt);
            Duration duration = c.claimedAt == null ? Duration.ZERO
                    : Duration.ofMillis(c.closedAt - c.claimedAt);
            Map<String, String> intake = store.find(c.id).map(Consultation::attributes).orElse(Map.of());
            return new ConsultationRecord(open(key, c, "main-complaint", c.mainComplaint),
                    open(key, c, "advice", c.advice), Category.valueOf(c.category),
                    RecordAttributes.merged(intake, RecordAttributes.decode(c.recordAttributes)),
                    Urgency.valueOf(c.urgency), start, duration, c.closedBy);
        });
    }

    @Override
    public List<Conversation> mine(Caller caller, String contractId) {
        require(caller, Permission.CHAT_ANSWER, contractId);
        return jpa.txExpr(TransactionType.Supports, em -> heldBy(em, contractId, caller.personId())).stream()
                .map(this::toRecord).toList();
    }

    @Override
    public List<Conversation> live(Caller caller, String contractId) {
        require(caller, Permission.CHAT_SUPERVISE, contractId);
        List<Conversation> live = new ArrayList<>();
        inState(contractId, ConversationState.ACTIVE).forEach(c -> live.add(toRecord(c)));
        inState(contractId, ConversationState.WAITING).forEach(c -> live.add(toRecord(c)));
        return live;
    }

    @Override
    public Map<String, String> cannedResponses(String contractId) {
        return contracts.get(contractId).cannedResponses();
    }

    @Override
    public Instruction instruct(Caller caller, String conversationId, String text) {
        ConversationEntity found = conversationEntity(conversationId);
        String contractId = found.contractId;
        require(caller, Permission.INSTRUCTION_WRITE, contractId);
        Map<String, String> attributes = attributesOf(conversationId);
        if (!contentAccess.maySee(caller, contractId, attributes)) {
            throw new AccessDeniedException("the caller may not see consultation " + conversationId
                    + " under contract " + contractId);
        }
        checkText(text);
        Writes writes = new Writes();
        Instruction instruction = keys.writing(contractId, () -> {
            SecretKey key = keys.keyFor(contractId);
            return jpa.txExpr(TransactionType.Required, em -> {
                ConversationEntity c = locked(em, conversationId);
                if (c.state() == ConversationState.CLOSED) {
                    throw new IllegalStateException("conversation " + conversationId + " is closed");
                }
                String id = UUID.randomUUID().toString();
                Instant at = Instant.ofEpochMilli(clock.now().toEpochMilli());
                em.persist(new InstructionEntity(id, conversationId, contractId, caller.personId(),
                        at.toEpochMilli(), ContentCipher.encrypt(key, contractId, conversationId, id, text)));
                event(em, c, ChatEvent.Kind.INSTRUCTION, at, null, null, false, writes);
                return new Instruction(id, conversationId, contractId, caller.personId(), at, text, null, null, null);
            });
        });
        staffWrite(caller, contractId, instruction.id(), "instruction, conversation=" + conversationId);
        listeners.publish(contractId, writes.events);
        return instruction;
    }

    @Override
    public List<Instruction> instructions(Caller caller, String conversationId) {
        ConversationEntity c = conversationEntity(conversationId);
        if (caller == null || !caller.may(Permission.CHAT_ANSWER, c.contractId)) {
            require(caller, Permission.INSTRUCTION_WRITE, c.contractId);
            if (!contentAccess.maySee(caller, c.contractId, attributesOf(conversationId))) {
                throw new AccessDeniedException("the caller may not see consultation " + conversationId
                        + " under contract " + c.contractId);
            }
        }
        List<InstructionEntity> rows = jpa.txExpr(TransactionType.Supports, em -> em
                .createNamedQuery(InstructionEntity.OF_CONVERSATION, InstructionEntity.class)
                .setParameter("conversationId", conversationId).getResultList());
        SecretKey key = rows.isEmpty() ? null : existingKey(c.contractId);
        List<Instruction> instructions = rows.stream().map(i -> toRecord(i,
                ContentCipher.decrypt(key, c.contractId, conversationId, i.id, i.body))).toList();
        contentRead(caller, c.contractId, conversationId, "instructions");
        return instructions;
    }

    @Override
    public Message sendInstruction(Caller caller, String instructionId) {
        InstructionEntity found = instructionId == null ? null
                : jpa.txExpr(TransactionType.Supports, em -> em.find(InstructionEntity.class, instructionId));
        if (found == null) {
            throw new IllegalArgumentException("no instruction " + instructionId);
        }
        String contractId = found.contractId;
        String conversationId = found.conversationId;
        require(caller, Permission.CHAT_ANSWER, contractId);
        Writes writes = new Writes();
        Message sent = keys.writing(contractId, () -> jpa.txExpr(TransactionType.Required, em -> {
            ConversationEntity c = locked(em, conversationId);
            InstructionEntity i = em.find(InstructionEntity.class, instructionId, LockModeType.PESSIMISTIC_WRITE);
            if (i.sentAt != null) {
                throw new IllegalStateException("instruction " + instructionId + " was sent already");
            }
            String text = ContentCipher.decrypt(existingKey(contractId), contractId, conversationId, i.id, i.body);
            Message m = store.append(conversationId, Sender.COUNSELOR, caller.personId(), text);
            i.sentAt = m.at().toEpochMilli();
            i.sentBy = caller.personId();
            i.messageId = m.id();
            event(em, c, ChatEvent.Kind.MESSAGE, m.at(), m, null, true, writes);
            writes.outbound.add(m);
            return m;
        }));
        staffWrite(caller, contractId, sent.id(), "instruction sent, instruction=" + instructionId
                + " conversation=" + conversationId);
        afterCommit(contractId, conversationId, writes);
        return sent;
    }

    // --- helpers ---

    /** What a transaction wrote that others hear of after the commit. */
    private static final class Writes {
        final List<ChatEvent> events = new ArrayList<>();
        final List<Message> outbound = new ArrayList<>();
        String alertId;
    }

    private void event(EntityManager em, ConversationEntity c, ChatEvent.Kind kind, Instant at, Message message,
                       String counselorId, boolean visibleToClient, Writes writes) {
        c.lastSeq++;
        em.persist(new ChatEventEntity(UUID.randomUUID().toString(), c.id, c.lastSeq, kind.name(),
                at.toEpochMilli(), message == null ? null : message.id(), counselorId, visibleToClient));
        writes.events.add(new ChatEvent(c.id, c.lastSeq, kind, at, message, counselorId, visibleToClient));
    }

    /** Publishes, then delivers through the conversation's channel; failures are logged by id, never thrown. */
    private void afterCommit(String contractId, String conversationId, Writes writes) {
        listeners.publish(contractId, writes.events);
        if (writes.outbound.isEmpty()) {
            return;
        }
        ConversationEntity c = jpa.txExpr(TransactionType.Supports,
                em -> em.find(ConversationEntity.class, conversationId));
        Channel channel = Channel.valueOf(c.channel);
        if (channel == Channel.WEB) {
            return; // the page reads the event stream
        }
        Conversation conversation = toRecord(c);
        for (OutboundChannel out : outbound) {
            if (out.channel() != channel) {
                continue;
            }
            for (Message m : writes.outbound) {
                try {
                    out.deliver(conversation, c.externalUserId, m);
                } catch (RuntimeException e) {
                    LOG.warn("Could not deliver message {} of conversation {} through {}: {}", m.id(),
                            conversationId, channel, e.getClass().getName());
                }
            }
        }
    }

    private ConversationEntity conversationEntity(String conversationId) {
        ConversationEntity c = conversationId == null ? null
                : jpa.txExpr(TransactionType.Supports, em -> em.find(ConversationEntity.class, conversationId));
        if (c == null) {
            throw new IllegalArgumentException("no conversation " + conversationId);
        }
        return c;
    }

    private static ConversationEntity locked(EntityManager em, String conversationId) {
        ConversationEntity c = em.find(ConversationEntity.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new IllegalArgumentException("no conversation " + conversationId);
        }
        return c;
    }

    private List<ConversationEntity> inState(String contractId, ConversationState state) {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createNamedQuery(ConversationEntity.IN_STATE, ConversationEntity.class)
                .setParameter("contractId", contractId).setParameter("state", state.name()).getResultList());
    }

    private static long count(EntityManager em, String contractId, ConversationState state) {
        return em.createNamedQuery(ConversationEntity.COUNT_IN_STATE, Long.class)
                .setParameter("contractId", contractId).setParameter("state", state.name()).getSingleResult();
    }

    private static List<ConversationEntity> heldBy(EntityManager em, String contractId, String personId) {
        return em.createNamedQuery(ConversationEntity.HELD_BY, ConversationEntity.class)
                .setParameter("contractId", contractId).setParameter("counselorId", personId).getResultList();
    }

    /** 1-based place among the contract's waiting conversations, longest waiting first; 0 when not waiting. */
    private static int queuePosition(EntityManager em, ConversationEntity c) {
        if (c.state() != ConversationState.WAITING) {
            return 0;
        }
        List<String> ids = em.createNamedQuery(ConversationEntity.IN_STATE, ConversationEntity.class)
                .setParameter("contractId", c.contractId).setParameter("state", ConversationState.WAITING.name())
                .getResultList().stream().sorted(ConversationEntity.QUEUE_ORDER).map(w -> w.id).toList();
        return ids.indexOf(c.id) + 1;
    }

    private Conversation toRecord(ConversationEntity c) {
        return c.toRecord(attributesOf(c.id));
    }

    private Map<String, String> attributesOf(String conversationId) {
        return store.find(conversationId).map(Consultation::attributes).orElse(Map.of());
    }

    private static Instruction toRecord(InstructionEntity i, String text) {
        return new Instruction(i.id, i.conversationId, i.contractId, i.authorId, Instant.ofEpochMilli(i.atMillis),
                text, i.sentAt == null ? null : Instant.ofEpochMilli(i.sentAt), i.sentBy, i.messageId);
    }

    private SecretKey existingKey(String contractId) {
        return keys.existing(contractId).orElseThrow(() -> new IllegalStateException(
                "the data of contract " + contractId + " was erased: its encryption key no longer exists"));
    }

    private static byte[] seal(SecretKey key, ConversationEntity c, String field, String text) {
        return text == null || text.isEmpty() ? null : ContentCipher.encrypt(key, c.contractId, c.id, field, text);
    }

    private static String open(SecretKey key, ConversationEntity c, String field, byte[] sealed) {
        return sealed == null ? null : ContentCipher.decrypt(key, c.contractId, c.id, field, sealed);
    }

    private static void require(Caller caller, Permission permission, String contractId) {
        if (caller == null) {
            throw new AccessDeniedException("not authenticated");
        }
        if (!caller.may(permission, contractId)) {
            throw new AccessDeniedException(permission + " is needed under contract " + contractId);
        }
    }

    private static void requireHolder(Caller caller, ConversationEntity c) {
        if (c.state() != ConversationState.ACTIVE || !Objects.equals(c.counselorId, caller.personId())) {
            throw new AccessDeniedException("conversation " + c.id + " is not held by " + caller.personId());
        }
    }

    private static void checkText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the text is empty");
        }
        checkOptionalText(text);
    }

    private static void checkOptionalText(String text) {
        if (text != null && text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw new IllegalArgumentException("the text has " + text.codePointCount(0, text.length())
                    + " characters; at most " + MAX_TEXT + " are accepted");
        }
    }

    private void staffWrite(Caller caller, String contractId, String target, String detail) {
        audit.record(new AuditEvent(caller.login(), caller.origin(), contractId, AuditActions.WRITE, target,
                AuditEvent.Outcome.SUCCESS, detail));
    }

    private void contentRead(Caller caller, String contractId, String conversationId, String what) {
        audit.record(new AuditEvent(caller.login(), caller.origin(), contractId, AuditActions.CONTENT_READ,
                conversationId, AuditEvent.Outcome.SUCCESS, what));
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
