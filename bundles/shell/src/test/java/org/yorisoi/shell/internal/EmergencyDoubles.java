package org.yorisoi.shell.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yorisoi.audit.AuditEntry;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.contract.spi.EscalationRule.Trigger;
import org.yorisoi.contract.spi.EscalationStep.StepKind;
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

/** Small in-memory implementations of the case service and the lexicon store for the command tests. */
final class EmergencyDoubles {

    private EmergencyDoubles() {
    }

    static Instant at(String isoOffsetDateTime) {
        return java.time.OffsetDateTime.parse(isoOffsetDateTime).toInstant();
    }

    /**
     * An emergency case of Kyoto as the core lays it out: voice call (consent), identification, the board's notice
     * (automatic, acknowledged or not), the police.
     */
    static EmergencyCase kyotoEmergency(String id, String conversationId, String openedAt, boolean acknowledged) {
        Instant opened = at(openedAt);
        Instant due = opened.plusSeconds(600);
        List<CaseStep> steps = List.of(
                new CaseStep(0, StepKind.OFFER_VOICE_CALL, "音声通話による相談をうながす", "kyoto 6(8)", true, false,
                        List.of(), "id-c.sato", due, opened.plusSeconds(120), "id-c.sato", "電話に移った"),
                new CaseStep(1, StepKind.IDENTIFY_CONSULTER, "氏名や所在地を聞き出す", "kyoto 6(8)", false, false,
                        List.of(), "id-c.sato", due, null, null, null),
                new CaseStep(2, StepKind.NOTIFY_RECIPIENT, "教育委員会に直ちに連絡する", "kyoto 6(8)", false, true,
                        List.of("kyoto-city-board"), "id-c.sato", due, opened.plusSeconds(1), "platform", null),
                new CaseStep(3, StepKind.NOTIFY_POLICE, "警察等に通報し安否確認を依頼する", "kyoto 6(8)", false, false,
                        List.of(), "id-c.sato", due, null, null, null));
        List<CaseNotice> notices = List.of(new CaseNotice("n-" + id, 2, "kyoto-city-board", "京都市教育委員会", "EMAIL",
                "board@city.kyoto.example.jp", acknowledged ? 1 : 2, opened.plusSeconds(1),
                acknowledged ? opened.plusSeconds(1) : opened.plusSeconds(661), true, "SMTP 250", due,
                acknowledged ? opened.plusSeconds(300) : null, acknowledged ? null : opened.plusSeconds(661)));
        return new EmergencyCase(id, "kyoto", conversationId, Trigger.EMERGENCY, CaseOrigin.DETECTION_CONFIRMED,
                CaseState.OPEN, "id-c.sato", opened, "kyoto 6(8)", steps, notices, null, null);
    }

    /** A closed information-sharing case without notices yet. */
    static EmergencyCase closedInformationSharing(String id, String contractId, String openedAt) {
        Instant opened = at(openedAt);
        return new EmergencyCase(id, contractId, "conv-" + id, Trigger.INFORMATION_SHARING, CaseOrigin.DECLARED,
                CaseState.CLOSED, "id-lead", opened, contractId + " 6(7)ウ", List.of(), List.of(), opened.plusSeconds(3600),
                "id-lead");
    }

    /** Cases in memory; checks permissions as the core does and records what it was asked. */
    static final class Cases implements CaseService {
        final List<EmergencyCase> cases = new ArrayList<>();
        final Map<String, List<AuditEntry>> timelines = new HashMap<>();
        final List<String> asked = new ArrayList<>();

        Cases with(EmergencyCase... added) {
            cases.addAll(List.of(added));
            return this;
        }

        Cases timeline(String caseId, AuditEntry... entries) {
            timelines.put(caseId, List.of(entries));
            return this;
        }

        private static void check(Caller caller, Permission permission, String contractId) {
            if (!caller.may(permission, contractId)) {
                throw new AccessDeniedException("Permission denied: " + permission + " is needed under contract '"
                        + contractId + "'.");
            }
        }

        @Override
        public Optional<EmergencyCase> find(Caller caller, String caseId) {
            asked.add("find " + caseId);
            Optional<EmergencyCase> found = cases.stream().filter(c -> c.id().equals(caseId)).findFirst();
            found.ifPresent(c -> check(caller, Permission.CASE_WORK, c.contractId()));
            return found;
        }

        @Override
        public List<EmergencyCase> cases(Caller caller, String contractId, boolean openOnly) {
            asked.add("cases " + contractId + (openOnly ? " open" : " all"));
            check(caller, Permission.CASE_WORK, contractId);
            return cases.stream().filter(c -> c.contractId().equals(contractId))
                    .filter(c -> !openOnly || c.state() == CaseState.OPEN)
                    .sorted(Comparator.comparing(EmergencyCase::openedAt).reversed()).toList();
        }

        @Override
        public List<AuditEntry> timeline(Caller caller, String caseId) {
            asked.add("timeline " + caseId);
            EmergencyCase c = cases.stream().filter(x -> x.id().equals(caseId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no case " + caseId));
            check(caller, Permission.CASE_SUPERVISE, c.contractId());
            return timelines.getOrDefault(caseId, List.of());
        }

        @Override
        public EmergencyCase open(Caller caller, String conversationId, Trigger trigger, CaseOrigin origin) {
            throw new UnsupportedOperationException("the console does not open cases");
        }

        @Override
        public List<EmergencyCase> casesOf(Caller caller, String conversationId) {
            throw new UnsupportedOperationException("not used by the commands");
        }

        @Override
        public EmergencyCase completeStep(Caller caller, String caseId, int stepIndex, String record) {
            throw new UnsupportedOperationException("not used by the commands");
        }

        @Override
        public EmergencyCase assignStep(Caller caller, String caseId, int stepIndex, String personId) {
            throw new UnsupportedOperationException("not used by the commands");
        }

        @Override
        public EmergencyCase close(Caller caller, String caseId) {
            throw new UnsupportedOperationException("not used by the commands");
        }

        @Override
        public Optional<Acknowledgement> acknowledgement(String noticeId, String token) {
            throw new UnsupportedOperationException("not used by the commands");
        }

        @Override
        public Acknowledgement acknowledge(String noticeId, String token, String origin) {
            throw new UnsupportedOperationException("not used by the commands");
        }

        @Override
        public List<LeadAlert> alerts(Caller caller, String contractId, boolean unseenOnly) {
            throw new UnsupportedOperationException("not used by the commands");
        }

        @Override
        public LeadAlert alertSeen(Caller caller, String alertId) {
            throw new UnsupportedOperationException("not used by the commands");
        }
    }

    /** An audit entry of a case's timeline. */
    static AuditEntry entry(long sequence, String at, String actor, String origin, String action, String caseId,
                            String detail) {
        return new AuditEntry(sequence, at(at), actor, origin, "kyoto", action, caseId, AuditEvent.Outcome.SUCCESS,
                detail, "0".repeat(64), "f".repeat(64));
    }

    /**
     * A lexicon store in memory: versions newest first, the shipped one last. Publishing checks the file format as
     * the detector does in outline (five tab-separated fields, a known category and severity) and names the line.
     */
    static final class Lexicons implements LexiconStore {
        static final Set<String> CATEGORIES = Set.of("SUICIDAL_IDEATION", "SELF_HARM", "ABUSE", "VIOLENCE",
                "IMMINENT_DANGER");
        static final Set<String> SEVERITIES = Set.of("LOW", "MEDIUM", "HIGH");

        final List<LexiconVersion> versions = new ArrayList<>();
        final Map<String, String> texts = new HashMap<>();
        final List<String> published = new ArrayList<>();
        Instant now = at("2026-11-24T10:00:00+09:00");

        Lexicons shipped(String version, String text) {
            versions.add(new LexiconVersion(version, "shipped", at("2026-11-01T00:00:00+09:00"), entries(text), "同梱の辞書"));
            texts.put(version, text);
            return this;
        }

        @Override
        public LexiconText current() {
            LexiconVersion v = versions.get(0);
            return new LexiconText(v.version(), texts.get(v.version()), v.entries());
        }

        @Override
        public List<LexiconVersion> history() {
            return List.copyOf(versions);
        }

        @Override
        public Optional<LexiconText> text(String version) {
            return versions.stream().filter(v -> v.version().equals(version)).findFirst()
                    .map(v -> new LexiconText(v.version(), texts.get(v.version()), v.entries()));
        }

        @Override
        public LexiconVersion publish(Caller caller, String text, String note) {
            if (!caller.may(Permission.LEXICON_MANAGE, null)) {
                throw new AccessDeniedException("Permission denied: LEXICON_MANAGE is needed.");
            }
            int entries = entries(text);
            String version = now.atZone(java.time.ZoneId.of("Asia/Tokyo")).toLocalDate() + "." + (versions.size() + 1);
            LexiconVersion v = new LexiconVersion(version, caller.login(), now, entries, note);
            versions.add(0, v);
            texts.put(version, text);
            published.add(version + " by " + caller.login() + ": " + note);
            return v;
        }

        /** Counts the entries; refuses a line that is not one, naming it. */
        static int entries(String text) {
            int count = 0;
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].replace("\r", "");
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length < 4) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": expected id, category, severity, pattern"
                            + " separated by tabs, found " + fields.length + " field(s)");
                }
                if (!CATEGORIES.contains(fields[1].toUpperCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": category: unknown '" + fields[1] + "'");
                }
                if (!SEVERITIES.contains(fields[2].toUpperCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": severity: unknown '" + fields[2] + "'");
                }
                count++;
            }
            return count;
        }
    }

    /** A lead of Kyoto, as the yorisoi realm would authenticate over SSH. */
    static Fixtures.Accounts kyotoStaff() {
        return new Fixtures.Accounts()
                .with("lead", new org.yorisoi.staff.RoleGrant("id-lead", "kyoto", org.yorisoi.contract.spi.Role.LEAD,
                        LocalDate.parse("2025-04-01"), null))
                .with("c.sato", new org.yorisoi.staff.RoleGrant("id-c.sato", "kyoto",
                        org.yorisoi.contract.spi.Role.COUNSELOR, LocalDate.parse("2025-04-01"), null))
                .with("sakai-lead", new org.yorisoi.staff.RoleGrant("id-sakai-lead", "sakai",
                        org.yorisoi.contract.spi.Role.LEAD, LocalDate.parse("2025-04-01"), null))
                .with("sysman", new org.yorisoi.staff.RoleGrant("id-sysman", "*",
                        org.yorisoi.contract.spi.Role.SYSTEM_MANAGER, LocalDate.parse("2025-04-01"), null));
    }
}
