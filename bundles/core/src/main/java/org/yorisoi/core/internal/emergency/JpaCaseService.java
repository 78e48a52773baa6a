package org.yorisoi.core.internal.emergency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.transaction.TransactionManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEntry;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.chat.ChatService;
import org.yorisoi.chat.Conversation;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.EscalationRule;
import org.yorisoi.contract.spi.EscalationRule.Trigger;
import org.yorisoi.contract.spi.EscalationStep;
import org.yorisoi.contract.spi.EscalationStep.StepKind;
import org.yorisoi.contract.spi.HolidayCalendar;
import org.yorisoi.contract.spi.Purpose;
import org.yorisoi.contract.spi.Recipient;
import org.yorisoi.core.internal.chat.CaseSignals;
import org.yorisoi.core.internal.crypto.ContentCipher;
import org.yorisoi.core.internal.crypto.ContractKeys;
import org.yorisoi.emergency.Acknowledgement;
import org.yorisoi.emergency.CaseNotice;
import org.yorisoi.emergency.CaseOrigin;
import org.yorisoi.emergency.CaseService;
import org.yorisoi.emergency.CaseState;
import org.yorisoi.emergency.CaseStep;
import org.yorisoi.emergency.EmergencyCase;
import org.yorisoi.emergency.LeadAlert;
import org.yorisoi.notify.Delivery;
import org.yorisoi.notify.Destination;
import org.yorisoi.notify.Notice;
import org.yorisoi.notify.NoticeSender;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.security.AccessDeniedException;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.staff.StaffDirectory;

/**
 * Cases along the contracts' escalation rules. Opening a case copies the rule's steps with their due times, routes
 * the notices by the conversation's attributes and writes them before anything is sent; a checker (every few seconds,
 * on the platform clock) sends what is pending, retries failures, re-notifies what was not acknowledged in the
 * contract's time, reminds of steps due soon, alerts the lead on overdue steps and mails lead alerts. Every action is
 * audited with the case id as target, so {@link AuditLog#about} is the case's timeline.
 */
@Component(service = CaseService.class, configurationPid = {JpaCaseService.PID, JpaCaseService.RECIPIENTS_PID})
public class JpaCaseService implements CaseService {

    public static final String PID = "org.yorisoi.emergency";
    public static final String RECIPIENTS_PID = "org.yorisoi.recipients";
    static final String PLATFORM = "platform";
    static final int MAX_RECORD = 4000;
    private static final Logger LOG = LoggerFactory.getLogger(JpaCaseService.class);
    private static final Pattern ADDRESS_KEY = Pattern.compile("([a-z0-9-]+)\\.([A-Za-z0-9_-]+)\\.(email|webhook|webhookSecret)");
    private static final Set<Role> CASE_ROLES = Set.of(Role.COUNSELOR, Role.LEAD);

    @ObjectClassDefinition(name = "Yorisoi emergencies", description = "Cases, notices, re-notification and lead alerts")
    public @interface Config {
        @AttributeDefinition(description = "Base of the acknowledgement links in notices, e.g. https://yorisoi.example.jp")
        String acknowledgeBaseUrl() default "https://localhost:8443";

        @AttributeDefinition(description = "How often the checker looks for notices to send or re-send and steps "
                + "coming due, in seconds", min = "1")
        int checkIntervalSeconds() default 15;

        @AttributeDefinition(description = "How long before a later deadline (e.g. 09:00 the next day) the lead is "
                + "reminded of a step not yet done, in minutes", min = "0")
        int reminderMinutes() default 60;
    }

    private final JpaTemplate jpa;
    private final PlatformClock clock;
    private final ContractRegistry contracts;
    private final HolidayCalendar holidays;
    private final ChatService chat;
    private final CaseSignals signals;
    private final StaffDirectory staff;
    private final ContractKeys keys;
    private final AuditLog audit;
    private final List<NoticeSender> senders = new CopyOnWriteArrayList<>();
    private volatile Settings settings;
    private ScheduledExecutorService checker;

    /** The transaction manager only orders activation: the JTA unit fails on its first write without it. */
    @Activate
    public JpaCaseService(Config config, Map<String, Object> properties,
                          @Reference(target = "(osgi.unit.name=yorisoi)") JpaTemplate jpa,
                          @Reference TransactionManager transactionManager, @Reference PlatformClock clock,
                          @Reference ContractRegistry contracts, @Reference HolidayCalendar holidays,
                          @Reference ChatService chat, @Reference CaseSignals signals, @Reference StaffDirectory staff,
                          @Reference ContractKeys keys, @Reference AuditLog audit) {
        this(Settings.of(config, properties), jpa, clock, contracts, holidays, chat, signals, staff, keys, audit);
        start(config.checkIntervalSeconds());
    }

    JpaCaseService(Settings settings, JpaTemplate jpa, PlatformClock clock, ContractRegistry contracts,
                   HolidayCalendar holidays, ChatService chat, CaseSignals signals, StaffDirectory staff,
                   ContractKeys keys, AuditLog audit) {
        this.settings = settings;
        this.jpa = jpa;
        this.clock = clock;
        this.contracts = contracts;
        this.holidays = holidays;
        this.chat = chat;
        this.signals = signals;
        this.staff = staff;
        this.keys = keys;
        this.audit = audit;
    }

    @Modified
    void modified(Config config, Map<String, Object> properties) {
        settings = Settings.of(config, properties);
        start(config.checkIntervalSeconds());
    }

    @Deactivate
    synchronized void deactivate() {
        if (checker != null) {
            checker.shutdownNow();
            checker = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSender(NoticeSender sender) {
        senders.add(sender);
    }

    void removeSender(NoticeSender sender) {
        senders.remove(sender);
    }

    private synchronized void start(int intervalSeconds) {
        deactivate();
        checker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "yorisoi-case-checker");
            t.setDaemon(true);
            return t;
        });
        checker.scheduleWithFixedDelay(this::checkQuietly, 1, Math.max(1, intervalSeconds), TimeUnit.SECONDS);
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            // the next round tries again; the cause is logged by class and message (ids only)
            LOG.warn("Case check failed: {}: {}", e.getClass().getName(), e.getMessage());
        }
    }

    // --- cases ---

    @Override
    public EmergencyCase open(Caller caller, String conversationId, Trigger trigger, CaseOrigin origin) {
        if (trigger == null || origin == null) {
            throw new IllegalArgumentException("trigger and origin are required");
        }
        Conversation conversation = chat.conversation(conversationId)
                .orElseThrow(() -> new IllegalArgumentException("unknown conversation " + conversationId));
        String contractId = conversation.contractId();
        require(caller, Permission.CASE_DECLARE, contractId);
        Contract contract = contracts.get(contractId);
        EscalationRule rule = contract.escalations().stream().filter(r -> r.trigger() == trigger).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("contract " + contractId + " has no " + trigger
                        + " escalation rule"));
        Instant now = clock.now();
        LocalDateTime openedLocal = LocalDateTime.ofInstant(now, PlatformClock.TOKYO);
        String caseId = UUID.randomUUID().toString();
        List<LeadAlertEntity> alerts = new ArrayList<>();
        jpa.tx(TransactionType.Required, em -> {
            boolean openAlready = em.createNamedQuery(CaseEntity.OF_CONVERSATION, CaseEntity.class)
                    .setParameter("conversationId", conversationId).getResultList().stream()
                    .anyMatch(c -> CaseState.OPEN.name().equals(c.state) && trigger.name().equals(c.trigger));
            if (openAlready) {
                throw new IllegalStateException("conversation " + conversationId + " already has an open " + trigger
                        + " case");
            }
            CaseEntity c = new CaseEntity();
            c.id = caseId;
            c.contractId = contractId;
            c.conversationId = conversationId;
            c.trigger = trigger.name();
            c.origin = origin.name();
            c.state = CaseState.OPEN.name();
            c.openedBy = caller.personId();
            c.openedAt = now.toEpochMilli();
            c.clause = rule.clause();
            em.persist(c);
            for (int i = 0; i < rule.steps().size(); i++) {
                EscalationStep step = rule.steps().get(i);
                List<Recipient> recipients = step.routeBy() == null ? List.of()
                        : contract.route(step.routeBy(), conversation.attributes());
                CaseStepEntity s = new CaseStepEntity();
                s.id = CaseStepEntity.id(caseId, i);
                s.caseId = caseId;
                s.index = i;
                s.kind = step.kind().name();
                s.routeBy = step.routeBy() == null ? null : step.routeBy().name();
                s.descriptionJa = step.descriptionJa();
                s.clause = step.clause();
                s.needsConsent = step.needsConsent();
                s.automatic = step.kind() == StepKind.NOTIFY_RECIPIENT;
                s.recipientIds = recipients.stream().map(Recipient::id).collect(Collectors.joining(","));
                s.acknowledgeSeconds = step.acknowledgeWithin() == null ? null : step.acknowledgeWithin().toSeconds();
                s.ownerId = caller.personId();
                s.dueAt = step.deadline().dueAfter(openedLocal, holidays).atZone(PlatformClock.TOKYO).toInstant()
                        .toEpochMilli();
                em.persist(s);
                if (s.automatic) {
                    alerts.addAll(writeNotices(em, c, s, recipients, now));
                }
            }
        });
        record(caller, contractId, AuditActions.CASE_OPENED, caseId, "conversation=" + conversationId + " trigger="
                + trigger + " origin=" + origin + " rule=" + rule.clause() + " steps=" + rule.steps().size());
        alerts.forEach(a -> auditAlert(a, caseId));
        signals.caseChanged(conversationId);
        sendSoon(caseId);
        return load(caseId, true).orElseThrow();
    }

    /** Writes the notices of a step to every configured address of each recipient; an unreachable one raises an alert. */
    private List<LeadAlertEntity> writeNotices(EntityManager em, CaseEntity c, CaseStepEntity s,
                                               List<Recipient> recipients, Instant now) {
        List<LeadAlertEntity> alerts = new ArrayList<>();
        for (Recipient recipient : recipients) {
            for (Destination destination : settings.destinations(c.contractId, recipient.id())) {
                NoticeEntity n = new NoticeEntity();
                n.id = UUID.randomUUID().toString();
                n.caseId = c.id;
                n.contractId = c.contractId;
                n.stepIndex = s.index;
                n.recipientId = recipient.id();
                n.channel = destination.kind().name();
                n.address = address(destination);
                n.acknowledgeSeconds = s.acknowledgeSeconds;
                n.nextAt = now.toEpochMilli();
                em.persist(n);
            }
        }
        // nobody routed, or a routed recipient without an address: the step can never be done by itself
        if (recipients.isEmpty() || recipients.stream().anyMatch(r -> settings.destinations(c.contractId, r.id()).isEmpty())) {
            LeadAlertEntity alert = new LeadAlertEntity(c.contractId, LeadAlert.Kind.RECIPIENT_UNCONFIGURED, c.id,
                    c.conversationId, s.index, null, now);
            em.persist(alert);
            alerts.add(alert);
        }
        return alerts;
    }

    @Override
    public Optional<EmergencyCase> find(Caller caller, String caseId) {
        Optional<CaseEntity> c = caseEntity(caseId);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        require(caller, Permission.CASE_WORK, c.get().contractId);
        return load(caseId, true).map(found -> recordsRead(caller, found));
    }

    @Override
    public List<EmergencyCase> cases(Caller caller, String contractId, boolean openOnly) {
        require(caller, Permission.CASE_WORK, contractId);
        List<String> ids = jpa.txExpr(TransactionType.Supports, em -> em.createNamedQuery(
                        openOnly ? CaseEntity.OPEN_OF_CONTRACT : CaseEntity.OF_CONTRACT, CaseEntity.class)
                .setParameter("contractId", contractId).getResultList().stream().map(c -> c.id).toList());
        // the list says where cases stand; the records (names, places) are read one case or conversation at a time
        return ids.stream().map(id -> load(id, false)).flatMap(Optional::stream).toList();
    }

    @Override
    public List<EmergencyCase> casesOf(Caller caller, String conversationId) {
        Conversation conversation = chat.conversation(conversationId)
                .orElseThrow(() -> new IllegalArgumentException("unknown conversation " + conversationId));
        require(caller, Permission.CASE_WORK, conversation.contractId());
        List<String> ids = jpa.txExpr(TransactionType.Supports, em -> em.createNamedQuery(CaseEntity.OF_CONVERSATION,
                CaseEntity.class).setParameter("conversationId", conversationId).getResultList().stream()
                .map(c -> c.id).toList());
        return ids.stream().map(id -> load(id, true)).flatMap(Optional::stream).map(c -> recordsRead(caller, c))
                .toList();
    }

    @Override
    public EmergencyCase completeStep(Caller caller, String caseId, int stepIndex, String record) {
        CaseEntity c = caseEntity(caseId).orElseThrow(() -> new IllegalArgumentException("unknown case " + caseId));
        require(caller, Permission.CASE_WORK, c.contractId);
        if (record == null || record.isBlank()) {
            throw new IllegalArgumentException("say what was done: the record is required");
        }
        if (record.length() > MAX_RECORD) {
            throw new IllegalArgumentException("the record is longer than " + MAX_RECORD + " characters");
        }
        Instant now = clock.now();
        List<LeadAlertEntity> alerts = new ArrayList<>();
        CaseStepEntity done = keys.writing(c.contractId, () -> jpa.txExpr(TransactionType.Required, em -> {
            CaseEntity locked = em.find(CaseEntity.class, caseId, LockModeType.PESSIMISTIC_WRITE);
            if (!CaseState.OPEN.name().equals(locked.state)) {
                throw new IllegalStateException("case " + caseId + " is closed");
            }
            CaseStepEntity s = em.find(CaseStepEntity.class, CaseStepEntity.id(caseId, stepIndex));
            if (s == null) {
                throw new IllegalArgumentException("case " + caseId + " has no step " + stepIndex);
            }
            if (s.automatic) {
                throw new IllegalStateException("step " + stepIndex + " of case " + caseId
                        + " is a notice the platform sends; it is done when delivered");
            }
            if (s.doneAt != null) {
                throw new IllegalStateException("step " + stepIndex + " of case " + caseId + " is done already");
            }
            if (!caller.personId().equals(s.ownerId) && !caller.may(Permission.CASE_SUPERVISE, c.contractId)) {
                throw new AccessDeniedException("step " + stepIndex + " of case " + caseId
                        + " belongs to another person; a lead may do it");
            }
            SecretKey key = keys.keyFor(c.contractId);
            s.recordCipher = ContentCipher.encrypt(key, c.contractId, caseId, s.id, record);
            s.doneAt = now.toEpochMilli();
            s.doneBy = caller.personId();
            if (StepKind.valueOf(s.kind) == StepKind.REPORT_OUTCOME && s.recipientIds != null
                    && !s.recipientIds.isEmpty()) {
                Contract contract = contracts.get(c.contractId);
                List<Recipient> recipients = Arrays.stream(s.recipientIds.split(","))
                        .map(id -> contract.recipients().stream().filter(r -> r.id().equals(id)).findFirst())
                        .flatMap(Optional::stream).toList();
                alerts.addAll(writeNotices(em, locked, s, recipients, now));
            }
            return s;
        }));
        record(caller, c.contractId, AuditActions.CASE_STEP_DONE, caseId, "step=" + stepIndex + " kind=" + done.kind);
        alerts.forEach(a -> auditAlert(a, caseId));
        signals.caseChanged(c.conversationId);
        sendSoon(caseId);
        return load(caseId, true).orElseThrow();
    }

    @Override
    public EmergencyCase assignStep(Caller caller, String caseId, int stepIndex, String personId) {
        CaseEntity c = caseEntity(caseId).orElseThrow(() -> new IllegalArgumentException("unknown case " + caseId));
        require(caller, Permission.CASE_SUPERVISE, c.contractId);
        if (personId == null || staff.person(personId).filter(p -> p.active()).isEmpty()) {
            throw new IllegalArgumentException("unknown or inactive person " + personId);
        }
        boolean answers = staff.grants(personId).stream()
                .anyMatch(g -> CASE_ROLES.contains(g.role()) && g.appliesTo(c.contractId));
        if (!answers) {
            throw new IllegalArgumentException("person " + personId + " is no counselor or lead of contract "
                    + c.contractId);
        }
        jpa.tx(TransactionType.Required, em -> {
            CaseStepEntity s = em.find(CaseStepEntity.class, CaseStepEntity.id(caseId, stepIndex),
                    LockModeType.PESSIMISTIC_WRITE);
            if (s == null) {
                throw new IllegalArgumentException("case " + caseId + " has no step " + stepIndex);
            }
            if (s.doneAt != null) {
                throw new IllegalStateException("step " + stepIndex + " of case " + caseId + " is done already");
            }
            s.ownerId = personId;
        });
        record(caller, c.contractId, AuditActions.CASE_STEP_ASSIGNED, caseId, "step=" + stepIndex + " to=" + personId);
        signals.caseChanged(c.conversationId);
        return load(caseId, true).orElseThrow();
    }

    @Override
    public EmergencyCase close(Caller caller, String caseId) {
        CaseEntity c = caseEntity(caseId).orElseThrow(() -> new IllegalArgumentException("unknown case " + caseId));
        require(caller, Permission.CASE_WORK, c.contractId);
        Instant now = clock.now();
        List<Integer> undone = jpa.txExpr(TransactionType.Required, em -> {
            CaseEntity locked = em.find(CaseEntity.class, caseId, LockModeType.PESSIMISTIC_WRITE);
            if (!CaseState.OPEN.name().equals(locked.state)) {
                throw new IllegalStateException("case " + caseId + " is closed already");
            }
            List<CaseStepEntity> steps = steps(em, caseId);
            List<Integer> left = steps.stream().filter(s -> s.doneAt == null).map(s -> s.index).toList();
            if (!left.isEmpty() && !caller.may(Permission.CASE_SUPERVISE, c.contractId)) {
                throw new IllegalStateException("steps " + left + " of case " + caseId
                        + " are not done; only a lead may close it with steps left");
            }
            locked.state = CaseState.CLOSED.name();
            locked.closedAt = now.toEpochMilli();
            locked.closedBy = caller.personId();
            steps.forEach(s -> s.overdueAlerted = true);
            notices(em, caseId).forEach(n -> n.closed = true);
            return left;
        });
        record(caller, c.contractId, AuditActions.CASE_CLOSED, caseId, undone.isEmpty() ? "all steps done"
                : "left undone=" + undone);
        signals.caseChanged(c.conversationId);
        return load(caseId, true).orElseThrow();
    }

    // --- acknowledgements ---

    @Override
    public Optional<Acknowledgement> acknowledgement(String noticeId, String token) {
        return verifiedNotice(noticeId, token).map(this::acknowledgementOf);
    }

    @Override
    public Acknowledgement acknowledge(String noticeId, String token, String origin) {
        NoticeEntity verified = verifiedNotice(noticeId, token)
                .orElseThrow(() -> new IllegalArgumentException("no such notice, or the link is not valid"));
        Instant now = clock.now();
        boolean first = jpa.txExpr(TransactionType.Required, em -> {
            NoticeEntity n = em.find(NoticeEntity.class, noticeId, LockModeType.PESSIMISTIC_WRITE);
            if (n.acknowledgedAt != null) {
                return false;
            }
            n.acknowledgedAt = now.toEpochMilli();
            n.closed = true;
            return true;
        });
        NoticeEntity n = notice(noticeId).orElseThrow();
        if (first) {
            auditQuietly(new AuditEvent("recipient:" + n.recipientId, origin, n.contractId,
                    AuditActions.NOTICE_ACKNOWLEDGED, n.caseId, AuditEvent.Outcome.SUCCESS, "notice=" + noticeId
                    + " recipient=" + n.recipientId + " channel=" + n.channel));
            caseEntity(n.caseId).ifPresent(c -> signals.caseChanged(c.conversationId));
        }
        return acknowledgementOf(n);
    }

    private Optional<NoticeEntity> verifiedNotice(String noticeId, String token) {
        if (noticeId == null || token == null || noticeId.length() > 36) {
            return Optional.empty();
        }
        return notice(noticeId).filter(n -> keys.existing(n.contractId)
                .map(key -> MessageDigest.isEqual(tokenFor(key, n.id).getBytes(StandardCharsets.US_ASCII),
                        token.getBytes(StandardCharsets.US_ASCII)))
                .orElse(false));
    }

    /** HMAC of the notice id under the contract's key: nothing to store, and no link outlives an erased contract. */
    static String tokenFor(SecretKey contractKey, String noticeId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(contractKey.getEncoded(), "HmacSHA256"));
            byte[] tag = mac.doFinal(("yorisoi-ack:" + noticeId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private Acknowledgement acknowledgementOf(NoticeEntity n) {
        CaseEntity c = caseEntity(n.caseId).orElseThrow();
        Optional<Contract> contract = contracts.find(n.contractId);
        return new Acknowledgement(n.id, n.caseId, contract.map(k -> k.info().nameJa()).orElse(n.contractId),
                contract.map(k -> recipientName(k, n.recipientId)).orElse(n.recipientId),
                Trigger.EMERGENCY.name().equals(c.trigger), millis(n.firstSentAt), millis(n.acknowledgedAt));
    }

    // --- lead alerts and timeline ---

    @Override
    public List<LeadAlert> alerts(Caller caller, String contractId, boolean unseenOnly) {
        require(caller, Permission.CASE_SUPERVISE, contractId);
        return jpa.txExpr(TransactionType.Supports, em -> em.createNamedQuery(LeadAlertEntity.OF_CONTRACT,
                        LeadAlertEntity.class).setParameter("contractId", contractId).setMaxResults(500).getResultList())
                .stream().filter(a -> !unseenOnly || a.seenAt == null).map(LeadAlertEntity::toRecord).toList();
    }

    @Override
    public LeadAlert alertSeen(Caller caller, String alertId) {
        LeadAlertEntity found = jpa.txExpr(TransactionType.Supports, em -> em.find(LeadAlertEntity.class, alertId));
        if (found == null) {
            throw new IllegalArgumentException("unknown alert " + alertId);
        }
        require(caller, Permission.CASE_SUPERVISE, found.contractId);
        Instant now = clock.now();
        LeadAlertEntity seen = jpa.txExpr(TransactionType.Required, em -> {
            LeadAlertEntity a = em.find(LeadAlertEntity.class, alertId, LockModeType.PESSIMISTIC_WRITE);
            if (a.seenAt == null) {
                a.seenAt = now.toEpochMilli();
                a.seenBy = caller.personId();
            }
            return a;
        });
        return seen.toRecord();
    }

    @Override
    public List<AuditEntry> timeline(Caller caller, String caseId) {
        CaseEntity c = caseEntity(caseId).orElseThrow(() -> new IllegalArgumentException("unknown case " + caseId));
        require(caller, Permission.CASE_SUPERVISE, c.contractId);
        return audit.about(caseId);
    }

    /** Step records are consultation content (who the consulter is, where): reading them is audited like content. */
    private EmergencyCase recordsRead(Caller caller, EmergencyCase c) {
        List<Integer> withRecords = c.steps().stream().filter(s -> s.record() != null).map(CaseStep::index).toList();
        if (!withRecords.isEmpty()) {
            audit.record(new AuditEvent(caller.login(), caller.origin(), c.contractId(), AuditActions.CONTENT_READ,
                    c.id(), AuditEvent.Outcome.SUCCESS, "case step records " + withRecords));
        }
        return c;
    }

    // --- the checker ---

    /** One round: pending and failed notices, unacknowledged ones, steps coming due or overdue, lead alert mails. */
    void check() {
        Instant now = clock.now();
        List<String> dueNotices = jpa.txExpr(TransactionType.Supports, em -> em.createNamedQuery(NoticeEntity.DUE,
                        NoticeEntity.class).setParameter("now", now.toEpochMilli()).setMaxResults(200).getResultList())
                .stream().map(n -> n.id).toList();
        for (String id : dueNotices) {
            sendNotice(id);
        }
        watchSteps(now);
        mailAlerts(now);
    }

    private void sendSoon(String caseId) {
        ScheduledExecutorService executor;
        synchronized (this) {
            executor = checker;
        }
        if (executor != null) {
            executor.execute(this::checkQuietly);
        }
    }

    /** Sends (or re-sends) one notice if it is still due, and records the outcome. */
    void sendNotice(String noticeId) {
        Instant now = clock.now();
        NoticeEntity n = notice(noticeId).orElse(null);
        if (n == null || n.closed || n.nextAt > now.toEpochMilli()) {
            return;
        }
        CaseEntity c = caseEntity(n.caseId).orElseThrow();
        if (!CaseState.OPEN.name().equals(c.state)) {
            jpa.tx(TransactionType.Required, em -> em.find(NoticeEntity.class, noticeId).closed = true);
            return;
        }
        boolean renotify = n.delivered && n.acknowledgeBy != null && n.acknowledgedAt == null
                && n.acknowledgeBy <= now.toEpochMilli();
        CaseStepEntity step = jpa.txExpr(TransactionType.Supports,
                em -> em.find(CaseStepEntity.class, CaseStepEntity.id(n.caseId, n.stepIndex)));
        Contract contract = contracts.get(n.contractId);
        Optional<SecretKey> key = keys.existing(n.contractId);
        if (key.isEmpty()) {
            LOG.warn("Notice {} of case {} cannot be signed: contract {} has no key (erased?)", n.id, n.caseId,
                    n.contractId);
            return;
        }
        String ackUrl = settings.acknowledgeBaseUrl() + "/ack/" + n.id + "/" + tokenFor(key.get(), n.id);
        Duration ackWithin = n.acknowledgeSeconds == null ? null : Duration.ofSeconds(n.acknowledgeSeconds);
        Notice notice = NoticeTexts.caseNotice(n.id, contract, c, step, recipientName(contract, n.recipientId),
                ackUrl, now, ackWithin, renotify, n.attempts + 1);
        Destination destination = settings.destination(n.contractId, n.recipientId, n.channel, n.address)
                .orElse(null);
        Delivery delivery = deliver(notice, destination, now);
        Instant after = clock.now();
        Outcome outcome = jpa.txExpr(TransactionType.Required, em -> {
            NoticeEntity row = em.find(NoticeEntity.class, noticeId, LockModeType.PESSIMISTIC_WRITE);
            Outcome o = new Outcome();
            if (row.acknowledgedAt != null) {
                return o; // acknowledged while this attempt was on its way
            }
            row.attempts++;
            row.lastSentAt = after.toEpochMilli();
            if (row.firstSentAt == null) {
                row.firstSentAt = row.lastSentAt;
            }
            row.lastDetail = cut(delivery.detail(), 300);
            if (delivery.delivered()) {
                row.delivered = true;
                row.failureAlerted = false;
                if (renotify) {
                    row.renotifiedAt = row.lastSentAt;
                    o.alert = new LeadAlertEntity(row.contractId, LeadAlert.Kind.NOTICE_UNACKNOWLEDGED, row.caseId,
                            c.conversationId, row.stepIndex, row.id, after);
                    em.persist(o.alert);
                }
                if (row.acknowledgeSeconds != null) {
                    row.acknowledgeBy = after.plusSeconds(row.acknowledgeSeconds).toEpochMilli();
                    row.nextAt = row.acknowledgeBy;
                } else {
                    row.closed = true;
                }
                CaseStepEntity s = em.find(CaseStepEntity.class, CaseStepEntity.id(row.caseId, row.stepIndex),
                        LockModeType.PESSIMISTIC_WRITE);
                if (s.automatic && s.doneAt == null && notices(em, row.caseId).stream()
                        .filter(other -> other.stepIndex == row.stepIndex).allMatch(other -> other.delivered)) {
                    s.doneAt = after.toEpochMilli();
                    s.doneBy = PLATFORM;
                    o.stepDone = s.index + " kind=" + s.kind;
                }
            } else {
                row.delivered = false;
                row.nextAt = after.plus(backoff(row.attempts)).toEpochMilli();
                if (!row.failureAlerted) {
                    row.failureAlerted = true;
                    o.alert = new LeadAlertEntity(row.contractId, LeadAlert.Kind.NOTICE_UNDELIVERED, row.caseId,
                            c.conversationId, row.stepIndex, row.id, after);
                    em.persist(o.alert);
                }
            }
            o.attempt = row.attempts;
            return o;
        });
        if (outcome.attempt == 0) {
            return;
        }
        auditQuietly(new AuditEvent(PLATFORM, null, n.contractId, delivery.delivered() ? AuditActions.NOTICE_SENT
                : AuditActions.NOTICE_FAILED, n.caseId, delivery.delivered() ? AuditEvent.Outcome.SUCCESS
                : AuditEvent.Outcome.FAILURE, "notice=" + n.id + " attempt=" + outcome.attempt
                + (renotify ? " renotify" : "") + " recipient=" + n.recipientId + " channel=" + n.channel
                + " answer=" + cut(delivery.detail(), 200)));
        if (outcome.stepDone != null) {
            auditQuietly(new AuditEvent(PLATFORM, null, n.contractId, AuditActions.CASE_STEP_DONE, n.caseId,
                    AuditEvent.Outcome.SUCCESS, "step=" + outcome.stepDone));
        }
        if (outcome.alert != null) {
            auditAlert(outcome.alert, n.caseId);
        }
        signals.caseChanged(c.conversationId);
    }

    private Delivery deliver(Notice notice, Destination destination, Instant now) {
        if (destination == null) {
            return new Delivery(notice.id(), Destination.Kind.EMAIL, false, now,
                    "the address is no longer configured");
        }
        for (NoticeSender sender : senders) {
            if (sender.supports(destination)) {
                try {
                    return sender.send(notice, destination);
                } catch (RuntimeException e) {
                    return new Delivery(notice.id(), destination.kind(), false, now, e.getClass().getSimpleName());
                }
            }
        }
        return new Delivery(notice.id(), destination.kind(), false, now, "no " + destination.kind()
                + " sender is running (is org.yorisoi.notify.smtp configured?)");
    }

    /** 30 s, 1, 2, 4 ... minutes, at most 10 minutes between attempts. */
    static Duration backoff(int attempts) {
        long seconds = 30L << Math.min(Math.max(attempts - 1, 0), 5);
        return Duration.ofSeconds(Math.min(seconds, 600));
    }

    private void watchSteps(Instant now) {
        long reminderMillis = settings.reminder().toMillis();
        List<CaseStepEntity> watched = jpa.txExpr(TransactionType.Supports, em -> em.createNamedQuery(
                CaseStepEntity.TO_WATCH, CaseStepEntity.class).setMaxResults(500).getResultList());
        for (CaseStepEntity s : watched) {
            boolean overdue = s.dueAt <= now.toEpochMilli();
            boolean dueSoon = !overdue && !s.reminded && reminderMillis > 0 && s.dueAt - now.toEpochMilli() <= reminderMillis;
            if (!overdue && !dueSoon) {
                continue;
            }
            CaseEntity c = caseEntity(s.caseId).orElse(null);
            if (c == null || !CaseState.OPEN.name().equals(c.state)) {
                continue;
            }
            if (!overdue && s.dueAt - c.openedAt <= 2 * reminderMillis) {
                continue; // "at once" steps: the overdue alert is the only reminder that makes sense
            }
            LeadAlertEntity alert = jpa.txExpr(TransactionType.Required, em -> {
                CaseStepEntity row = em.find(CaseStepEntity.class, s.id, LockModeType.PESSIMISTIC_WRITE);
                if (row.doneAt != null || row.overdueAlerted || (!overdue && row.reminded)) {
                    return null;
                }
                if (overdue) {
                    row.overdueAlerted = true;
                } else {
                    row.reminded = true;
                }
                LeadAlertEntity a = new LeadAlertEntity(c.contractId, overdue ? LeadAlert.Kind.STEP_OVERDUE
                        : LeadAlert.Kind.STEP_DUE_SOON, c.id, c.conversationId, row.index, null, now);
                em.persist(a);
                return a;
            });
            if (alert != null) {
                auditAlert(alert, c.id);
                signals.caseChanged(c.conversationId);
            }
        }
    }

    private void mailAlerts(Instant now) {
        List<LeadAlertEntity> pending = jpa.txExpr(TransactionType.Supports, em -> em.createNamedQuery(
                LeadAlertEntity.MAIL_PENDING, LeadAlertEntity.class).setMaxResults(100).getResultList());
        for (LeadAlertEntity a : pending) {
            if (a.mailNextAt != null && a.mailNextAt > now.toEpochMilli()) {
                continue;
            }
            List<Destination> mailboxes = settings.destinations(a.contractId, "leads");
            boolean delivered = true;
            String detail = "no lead mailbox configured";
            Optional<Contract> contract = contracts.find(a.contractId);
            for (Destination mailbox : mailboxes) {
                Notice notice = NoticeTexts.leadAlert(a.id,
                        contract.map(k -> k.info().nameJa()).orElse(a.contractId), a.toRecord(),
                        settings.acknowledgeBaseUrl() + "/console/board?contract=" + a.contractId);
                Delivery d = deliver(notice, mailbox, now);
                delivered &= d.delivered();
                detail = d.detail();
            }
            boolean allDelivered = delivered;
            String lastDetail = detail;
            jpa.tx(TransactionType.Required, em -> {
                LeadAlertEntity row = em.find(LeadAlertEntity.class, a.id, LockModeType.PESSIMISTIC_WRITE);
                row.mailAttempts++;
                if (allDelivered) {
                    row.mailPending = false;
                } else {
                    row.mailNextAt = now.plus(backoff(row.mailAttempts)).toEpochMilli();
                }
            });
            if (!mailboxes.isEmpty()) {
                auditQuietly(new AuditEvent(PLATFORM, null, a.contractId, allDelivered ? AuditActions.NOTICE_SENT
                        : AuditActions.NOTICE_FAILED, a.caseId != null ? a.caseId : a.conversationId,
                        allDelivered ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.FAILURE,
                        "lead-alert=" + a.id + " kind=" + a.kind + " answer=" + cut(lastDetail, 200)));
            }
        }
    }

    // --- reading ---

    private Optional<EmergencyCase> load(String caseId, boolean withRecords) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            CaseEntity c = em.find(CaseEntity.class, caseId);
            if (c == null) {
                return Optional.empty();
            }
            Optional<Contract> contract = contracts.find(c.contractId);
            Optional<SecretKey> key = withRecords ? keys.existing(c.contractId) : Optional.empty();
            List<CaseStep> steps = steps(em, caseId).stream().map(s -> new CaseStep(s.index, StepKind.valueOf(s.kind),
                    s.descriptionJa, s.clause, s.needsConsent, s.automatic, split(s.recipientIds), s.ownerId,
                    Instant.ofEpochMilli(s.dueAt), millis(s.doneAt), s.doneBy,
                    s.recordCipher == null || key.isEmpty() ? null
                            : ContentCipher.decrypt(key.get(), c.contractId, caseId, s.id, s.recordCipher))).toList();
            List<CaseNotice> notices = notices(em, caseId).stream().map(n -> new CaseNotice(n.id, n.stepIndex,
                    n.recipientId, contract.map(k -> recipientName(k, n.recipientId)).orElse(n.recipientId),
                    n.channel, n.address, n.attempts, millis(n.firstSentAt), millis(n.lastSentAt), n.delivered,
                    n.lastDetail, millis(n.acknowledgeBy), millis(n.acknowledgedAt), millis(n.renotifiedAt))).toList();
            return Optional.of(new EmergencyCase(c.id, c.contractId, c.conversationId, Trigger.valueOf(c.trigger),
                    CaseOrigin.valueOf(c.origin), CaseState.valueOf(c.state), c.openedBy,
                    Instant.ofEpochMilli(c.openedAt), c.clause, steps, notices, millis(c.closedAt), c.closedBy));
        });
    }

    private Optional<CaseEntity> caseEntity(String caseId) {
        if (caseId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(CaseEntity.class, caseId)));
    }

    private Optional<NoticeEntity> notice(String noticeId) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(NoticeEntity.class, noticeId)));
    }

    private static List<CaseStepEntity> steps(EntityManager em, String caseId) {
        return em.createNamedQuery(CaseStepEntity.OF_CASE, CaseStepEntity.class).setParameter("caseId", caseId)
                .getResultList();
    }

    private static List<NoticeEntity> notices(EntityManager em, String caseId) {
        return em.createNamedQuery(NoticeEntity.OF_CASE, NoticeEntity.class).setParameter("caseId", caseId)
                .getResultList();
    }

    private static String recipientName(Contract contract, String recipientId) {
        return contract.recipients().stream().filter(r -> r.id().equals(recipientId)).map(Recipient::nameJa)
                .findFirst().orElse(recipientId);
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : List.of(csv.split(","));
    }

    private static Instant millis(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }

    private static String address(Destination destination) {
        return destination instanceof Destination.Email e ? e.address()
                : ((Destination.Webhook) destination).url().toString();
    }

    // --- audit and access ---

    private static void require(Caller caller, Permission permission, String contractId) {
        if (caller == null) {
            throw new AccessDeniedException("not authenticated");
        }
        if (!caller.may(permission, contractId)) {
            throw new AccessDeniedException("requires " + permission + " under contract " + contractId);
        }
    }

    /** Staff actions: the action is refused when it cannot be audited (the audit log throws). */
    private void record(Caller caller, String contractId, String action, String caseId, String detail) {
        audit.record(new AuditEvent(caller.login(), caller.origin(), contractId, action, caseId,
                AuditEvent.Outcome.SUCCESS, detail));
    }

    private void auditAlert(LeadAlertEntity alert, String caseId) {
        auditQuietly(new AuditEvent(PLATFORM, null, alert.contractId, AuditActions.LEAD_ALERTED,
                caseId != null ? caseId : alert.conversationId, AuditEvent.Outcome.SUCCESS,
                "alert=" + alert.id + " kind=" + alert.kind + (alert.stepIndex >= 0 ? " step=" + alert.stepIndex : "")
                        + (alert.noticeId != null ? " notice=" + alert.noticeId : "")));
    }

    private void auditQuietly(AuditEvent event) {
        try {
            audit.record(event);
        } catch (RuntimeException e) {
            // what the platform did by itself is done; the gap is logged by ids
            LOG.error("Could not audit {} on {}: {}", event.action(), event.target(), e.getClass().getName());
        }
    }

    private static final class Outcome {
        int attempt;
        String stepDone;
        LeadAlertEntity alert;
    }

    /** The configuration: acknowledgement links, reminder, and the recipients' addresses per contract. */
    record Settings(String acknowledgeBaseUrl, Duration reminder, Map<String, List<Destination>> addresses) {

        static Settings of(Config config, Map<String, Object> properties) {
            String base = config.acknowledgeBaseUrl().trim();
            while (base.endsWith("/")) {
                base = base.substring(0, base.length() - 1);
            }
            URI.create(base); // refuses a malformed base at configuration time
            return new Settings(base, Duration.ofMinutes(Math.max(0, config.reminderMinutes())),
                    addresses(properties));
        }

        /** {@code <contract>.<recipient>.email = a@x, b@y}; {@code .webhook} with {@code .webhookSecret}. */
        static Map<String, List<Destination>> addresses(Map<String, Object> properties) {
            Map<String, List<Destination>> result = new HashMap<>();
            for (Map.Entry<String, Object> e : properties.entrySet()) {
                var m = ADDRESS_KEY.matcher(e.getKey());
                if (!m.matches() || e.getValue() == null || e.getValue().toString().isBlank()) {
                    continue;
                }
                String key = m.group(1) + "." + m.group(2);
                String value = e.getValue().toString().trim();
                switch (m.group(3)) {
                    case "email" -> {
                        for (String address : value.split(",")) {
                            if (!address.isBlank()) {
                                result.computeIfAbsent(key, k -> new ArrayList<>())
                                        .add(new Destination.Email(address.trim()));
                            }
                        }
                    }
                    case "webhook" -> {
                        Object secret = properties.get(key + ".webhookSecret");
                        if (secret == null || secret.toString().isBlank()) {
                            throw new IllegalArgumentException(RECIPIENTS_PID + ": " + key
                                    + ".webhook needs " + key + ".webhookSecret");
                        }
                        result.computeIfAbsent(key, k -> new ArrayList<>())
                                .add(new Destination.Webhook(URI.create(value), secret.toString()));
                    }
                    default -> {
                        // the secret is read with its webhook
                    }
                }
            }
            result.replaceAll((k, v) -> List.copyOf(v));
            return Map.copyOf(result);
        }

        List<Destination> destinations(String contractId, String recipientId) {
            return addresses.getOrDefault(contractId + "." + recipientId, List.of());
        }

        Optional<Destination> destination(String contractId, String recipientId, String channel, String address) {
            return destinations(contractId, recipientId).stream()
                    .filter(d -> d.kind().name().equals(channel) && address(d).equals(address)).findFirst();
        }
    }
}
