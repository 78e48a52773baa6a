package org.yorisoi.rest.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEntry;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.contract.spi.EscalationRule.Trigger;
import org.yorisoi.contract.spi.EscalationStep.StepKind;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.emergency.Acknowledgement;
import org.yorisoi.emergency.CaseNotice;
import org.yorisoi.emergency.CaseOrigin;
import org.yorisoi.emergency.CaseService;
import org.yorisoi.emergency.CaseState;
import org.yorisoi.emergency.CaseStep;
import org.yorisoi.emergency.EmergencyCase;
import org.yorisoi.emergency.LeadAlert;
import org.yorisoi.risk.LexiconStore;
import org.yorisoi.risk.LexiconVersion;
import org.yorisoi.risk.RiskDetector.LexiconText;
import org.yorisoi.security.AccessDeniedException;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.RoleGrant;

/**
 * Small real implementations of the emergency services for the resource tests: they keep everything in maps and
 * follow the interfaces' rules (permissions under the case's contract, 400/409 exceptions, ids only in messages).
 */
final class EmergencyFakes {

    /** 10:00 in Japan. */
    static final Instant T0 = Instant.parse("2026-11-24T01:00:00Z");

    private EmergencyFakes() {
    }

    static SecurityContext counselor(String contractId) {
        return as("counselor", contractId, Role.COUNSELOR);
    }

    static SecurityContext lead(String contractId) {
        return as("lead", contractId, Role.LEAD);
    }

    static SecurityContext as(String login, String contractId, Role role) {
        return StaffFakes.as(login, new RoleGrant("id-" + login, contractId, role, LocalDate.of(2025, 1, 1), null));
    }

    private static void require(Caller caller, Permission permission, String contractId) {
        if (!caller.may(permission, contractId)) {
            throw new AccessDeniedException("requires " + permission + " under contract '" + contractId + "'");
        }
    }

    /** Cases in memory: three steps per case (an automatic notice, identifying the consulter, the outcome report). */
    static final class Cases implements CaseService {
        final Map<String, String> conversations = new HashMap<>();
        final Map<String, Set<Trigger>> rules = new HashMap<>();
        final Map<String, EmergencyCase> cases = new LinkedHashMap<>();
        final Map<String, String> tokens = new HashMap<>();
        final Map<String, LeadAlert> alerts = new LinkedHashMap<>();
        final List<AuditEntry> audit = new ArrayList<>();
        final List<String> acknowledgedFrom = new ArrayList<>();
        private Instant now = T0;
        private int next;

        /** A conversation of the contract, as the chat knows it. */
        Cases conversation(String conversationId, String contractId) {
            conversations.put(conversationId, contractId);
            return this;
        }

        /** The contract has an escalation rule for the trigger. */
        Cases rule(String contractId, Trigger trigger) {
            rules.computeIfAbsent(contractId, k -> new HashSet<>()).add(trigger);
            return this;
        }

        LeadAlert alert(String contractId, LeadAlert.Kind kind, String caseId, String conversationId) {
            LeadAlert a = new LeadAlert("alert-" + (++next), contractId, kind, caseId, conversationId, -1, null, tick(),
                    null, null);
            alerts.put(a.id(), a);
            return a;
        }

        private Instant tick() {
            now = now.plus(Duration.ofMinutes(1));
            return now;
        }

        private void audited(Caller caller, EmergencyCase c, String action, String detail) {
            audit.add(new AuditEntry(audit.size() + 1, now, caller == null ? "system" : caller.login(), null,
                    c.contractId(), action, c.id(), AuditEvent.Outcome.SUCCESS, detail, "0".repeat(64), "0".repeat(64)));
        }

        private EmergencyCase existing(String caseId) {
            EmergencyCase c = cases.get(caseId);
            if (c == null) {
                throw new IllegalArgumentException("no case " + caseId);
            }
            return c;
        }

        private static CaseStep step(EmergencyCase c, int index) {
            if (index < 0 || index >= c.steps().size()) {
                throw new IllegalArgumentException("case " + c.id() + " has no step " + index);
            }
            return c.steps().get(index);
        }

        private EmergencyCase with(EmergencyCase c, CaseStep changed) {
            List<CaseStep> steps = new ArrayList<>(c.steps());
            steps.set(changed.index(), changed);
            EmergencyCase updated = new EmergencyCase(c.id(), c.contractId(), c.conversationId(), c.trigger(), c.origin(),
                    c.state(), c.openedBy(), c.openedAt(), c.clause(), steps, c.notices(), c.closedAt(), c.closedBy());
            cases.put(c.id(), updated);
            return updated;
        }

        @Override
        public EmergencyCase open(Caller caller, String conversationId, Trigger trigger, CaseOrigin origin) {
            String contractId = conversations.get(conversationId);
            if (contractId == null) {
                throw new IllegalArgumentException("no conversation " + conversationId);
            }
            require(caller, Permission.CASE_DECLARE, contractId);
            if (!rules.getOrDefault(contractId, Set.of()).contains(trigger)) {
                throw new IllegalArgumentException("contract " + contractId + " has no rule for " + trigger);
            }
            if (cases.values().stream().anyMatch(c -> c.conversationId().equals(conversationId)
                    && c.trigger() == trigger && c.state() == CaseState.OPEN)) {
                throw new IllegalStateException("an open " + trigger + " case exists on conversation " + conversationId);
            }
            Instant at = tick();
            String id = "case-" + (++next);
            List<CaseStep> steps = List.of(
                    new CaseStep(0, StepKind.NOTIFY_RECIPIENT, "教育委員会へ通報", "test 8(1)", false, true,
                            List.of(TestPlatform.BOARD.id()), caller.personId(), at.plus(Duration.ofMinutes(30)), at,
                            "platform", null),
                    new CaseStep(1, StepKind.IDENTIFY_CONSULTER, "相談者の特定に努める", "test 8(2)", false, false, List.of(),
                            caller.personId(), at.plus(Duration.ofHours(1)), null, null, null),
                    new CaseStep(2, StepKind.REPORT_OUTCOME, "対応結果を報告", "test 8(3)", false, false,
                            List.of(TestPlatform.BOARD.id()), caller.personId(), at.plus(Duration.ofHours(24)), null, null,
                            null));
            String noticeId = "notice-" + next;
            tokens.put(noticeId, "token-" + next);
            CaseNotice notice = new CaseNotice(noticeId, 0, TestPlatform.BOARD.id(), TestPlatform.BOARD.nameJa(), "EMAIL",
                    "board@example.jp", 1, at, at, true, "250 OK", at.plus(Duration.ofHours(1)), null, null);
            EmergencyCase c = new EmergencyCase(id, contractId, conversationId, trigger, origin, CaseState.OPEN,
                    caller.personId(), at, "test 8", steps, List.of(notice), null, null);
            cases.put(id, c);
            audited(caller, c, AuditActions.CASE_OPENED, trigger.name());
            audited(null, c, AuditActions.NOTICE_SENT, noticeId + " attempt 1 " + TestPlatform.BOARD.id() + " 250 OK");
            return c;
        }

        @Override
        public Optional<EmergencyCase> find(Caller caller, String caseId) {
            EmergencyCase c = cases.get(caseId);
            if (c != null) {
                require(caller, Permission.CASE_WORK, c.contractId());
            }
            return Optional.ofNullable(c);
        }

        private static Comparator<EmergencyCase> newestFirst() {
            return Comparator.comparing(EmergencyCase::openedAt).reversed();
        }

        @Override
        public List<EmergencyCase> cases(Caller caller, String contractId, boolean openOnly) {
            require(caller, Permission.CASE_WORK, contractId);
            return cases.values().stream().filter(c -> c.contractId().equals(contractId))
                    .filter(c -> !openOnly || c.state() == CaseState.OPEN).sorted(newestFirst()).toList();
        }

        @Override
        public List<EmergencyCase> casesOf(Caller caller, String conversationId) {
            String contractId = conversations.get(conversationId);
            if (contractId == null) {
                throw new IllegalArgumentException("no conversation " + conversationId);
            }
            require(caller, Permission.CASE_WORK, contractId);
            return cases.values().stream().filter(c -> c.conversationId().equals(conversationId))
                    .sorted(newestFirst()).toList();
        }

        @Override
        public EmergencyCase completeStep(Caller caller, String caseId, int stepIndex, String record) {
            EmergencyCase c = existing(caseId);
            require(caller, Permission.CASE_WORK, c.contractId());
            CaseStep s = step(c, stepIndex);
            if (c.state() == CaseState.CLOSED || s.automatic() || s.done()) {
                throw new IllegalStateException("step " + stepIndex + " of case " + caseId + " cannot be done now");
            }
            if (!caller.personId().equals(s.ownerId()) && !caller.may(Permission.CASE_SUPERVISE, c.contractId())) {
                throw new AccessDeniedException("step " + stepIndex + " of case " + caseId + " is not yours");
            }
            EmergencyCase updated = with(c, new CaseStep(s.index(), s.kind(), s.descriptionJa(), s.clause(),
                    s.needsConsent(), s.automatic(), s.recipientIds(), s.ownerId(), s.due(), tick(), caller.personId(),
                    record));
            audited(caller, updated, AuditActions.CASE_STEP_DONE, stepIndex + " " + s.kind());
            return updated;
        }

        @Override
        public EmergencyCase assignStep(Caller caller, String caseId, int stepIndex, String personId) {
            EmergencyCase c = existing(caseId);
            require(caller, Permission.CASE_SUPERVISE, c.contractId());
            CaseStep s = step(c, stepIndex);
            if (c.state() == CaseState.CLOSED || s.done()) {
                throw new IllegalStateException("step " + stepIndex + " of case " + caseId + " is settled");
            }
            EmergencyCase updated = with(c, new CaseStep(s.index(), s.kind(), s.descriptionJa(), s.clause(),
                    s.needsConsent(), s.automatic(), s.recipientIds(), personId, s.due(), null, null, null));
            audited(caller, updated, AuditActions.CASE_STEP_ASSIGNED, stepIndex + " to " + personId);
            return updated;
        }

        @Override
        public EmergencyCase close(Caller caller, String caseId) {
            EmergencyCase c = existing(caseId);
            require(caller, Permission.CASE_WORK, c.contractId());
            if (c.state() == CaseState.CLOSED) {
                throw new IllegalStateException("case " + caseId + " is closed");
            }
            if (c.nextDue() != null) {
                require(caller, Permission.CASE_SUPERVISE, c.contractId());
            }
            EmergencyCase closed = new EmergencyCase(c.id(), c.contractId(), c.conversationId(), c.trigger(), c.origin(),
                    CaseState.CLOSED, c.openedBy(), c.openedAt(), c.clause(), c.steps(), c.notices(), tick(),
                    caller.personId());
            cases.put(caseId, closed);
            audited(caller, closed, AuditActions.CASE_CLOSED, null);
            return closed;
        }

        private Optional<EmergencyCase> caseOfNotice(String noticeId) {
            return cases.values().stream().filter(c -> c.notices().stream().anyMatch(n -> n.id().equals(noticeId)))
                    .findFirst();
        }

        @Override
        public Optional<Acknowledgement> acknowledgement(String noticeId, String token) {
            if (token == null || !token.equals(tokens.get(noticeId))) {
                return Optional.empty();
            }
            EmergencyCase c = caseOfNotice(noticeId).orElseThrow();
            CaseNotice n = c.notices().stream().filter(x -> x.id().equals(noticeId)).findFirst().orElseThrow();
            return Optional.of(new Acknowledgement(n.id(), c.id(), "テスト市SNS相談", n.recipientNameJa(),
                    c.trigger() == Trigger.EMERGENCY, n.firstSentAt(), n.acknowledgedAt()));
        }

        @Override
        public Acknowledgement acknowledge(String noticeId, String token, String origin) {
            if (acknowledgement(noticeId, token).isEmpty()) {
                throw new IllegalArgumentException("no such notice, or a wrong token");
            }
            EmergencyCase c = caseOfNotice(noticeId).orElseThrow();
            List<CaseNotice> notices = c.notices().stream().map(n -> !n.id().equals(noticeId) || n.acknowledged() ? n
                    : new CaseNotice(n.id(), n.stepIndex(), n.recipientId(), n.recipientNameJa(), n.channel(),
                            n.address(), n.attempts(), n.firstSentAt(), n.lastSentAt(), n.delivered(), n.lastDetail(),
                            n.acknowledgeBy(), tick(), n.renotifiedAt())).toList();
            cases.put(c.id(), new EmergencyCase(c.id(), c.contractId(), c.conversationId(), c.trigger(), c.origin(),
                    c.state(), c.openedBy(), c.openedAt(), c.clause(), c.steps(), notices, c.closedAt(), c.closedBy()));
            acknowledgedFrom.add(origin);
            return acknowledgement(noticeId, token).orElseThrow();
        }

        @Override
        public List<LeadAlert> alerts(Caller caller, String contractId, boolean unseenOnly) {
            require(caller, Permission.CASE_SUPERVISE, contractId);
            return alerts.values().stream().filter(a -> a.contractId().equals(contractId))
                    .filter(a -> !unseenOnly || a.seenAt() == null)
                    .sorted(Comparator.comparing(LeadAlert::at).reversed()).toList();
        }

        @Override
        public LeadAlert alertSeen(Caller caller, String alertId) {
            LeadAlert a = alerts.get(alertId);
            if (a == null) {
                throw new IllegalArgumentException("no alert " + alertId);
            }
            require(caller, Permission.CASE_SUPERVISE, a.contractId());
            if (a.seenAt() == null) {
                a = new LeadAlert(a.id(), a.contractId(), a.kind(), a.caseId(), a.conversationId(), a.stepIndex(),
                        a.noticeId(), a.at(), tick(), caller.personId());
                alerts.put(alertId, a);
            }
            return a;
        }

        @Override
        public List<AuditEntry> timeline(Caller caller, String caseId) {
            EmergencyCase c = existing(caseId);
            require(caller, Permission.CASE_SUPERVISE, c.contractId());
            return audit.stream().filter(e -> caseId.equals(e.target())).toList();
        }
    }

    /**
     * The lexicon store in memory. A valid lexicon here: lines {@code id TAB category TAB severity TAB pattern}, blank
     * lines and {@code #} comments; anything else is refused naming the line, as the detector does.
     */
    static final class Lexicon implements LexiconStore {
        static final String SHIPPED = "# version: shipped\ns-1\tSUICIDAL_IDEATION\tHIGH\t死ぬ\n";

        /** Newest first, the shipped version last. */
        final List<LexiconVersion> history = new ArrayList<>(List.of(
                new LexiconVersion("shipped", "shipped", Instant.parse("2026-11-01T00:00:00Z"), 1, "shipped")));
        final Map<String, String> texts = new HashMap<>(Map.of("shipped", SHIPPED));
        private Instant now = T0;

        @Override
        public LexiconText current() {
            LexiconVersion v = history.get(0);
            return new LexiconText(v.version(), texts.get(v.version()), v.entries());
        }

        @Override
        public List<LexiconVersion> history() {
            return List.copyOf(history);
        }

        @Override
        public Optional<LexiconText> text(String version) {
            return history.stream().filter(v -> v.version().equals(version)).findFirst()
                    .map(v -> new LexiconText(v.version(), texts.get(v.version()), v.entries()));
        }

        @Override
        public LexiconVersion publish(Caller caller, String text, String note) {
            if (!caller.may(Permission.LEXICON_MANAGE, null)) {
                throw new AccessDeniedException("requires " + Permission.LEXICON_MANAGE);
            }
            int entries = 0;
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length < 4) {
                    throw new IllegalArgumentException("risk lexicon line " + (i + 1) + ": expected id, category, "
                            + "severity and pattern separated by tabs");
                }
                entries++;
            }
            now = now.plus(Duration.ofMinutes(1));
            LexiconVersion v = new LexiconVersion("2026-11-24." + history.size(), caller.personId(), now, entries, note);
            history.add(0, v);
            texts.put(v.version(), text);
            return v;
        }
    }
}
