package org.yorisoi.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.yorisoi.e2e.Http.json;

/**
 * Kyoto 6(8) end to end, against the distribution and a mail server in the test JVM (GreenMail): in staffed hours a
 * consulter of a Kyoto-city municipal school writes that they will take their life; the risk detector marks the
 * message, the conversation jumps the queue and the lead is alerted; the counselor opens an emergency case and the
 * notice goes to 京都市教育委員会 at once, with an acknowledgement link and without the consulter's words. The board
 * acknowledges the first case's notice by the link. The second case's notice is not acknowledged: once the
 * contract's acknowledgement time has passed on the platform clock it is sent again and the lead is alerted and
 * mailed. Each case's audit timeline shows what happened, in order.
 *
 * <p>Consultation text is sent but never printed: assertion messages name ids only, and the consulter's words are
 * looked for only where they must not be (mails, the acknowledgement page, the audit timeline).
 */
public class EmergencyE2E {

    static final String CONTRACT = "kyoto";
    /** KyotoContract.CITY_BOARD: the recipient for a Kyoto-city municipal school (kyoto 6(7)ア, 6(8)). */
    static final String CITY_BOARD = "kyoto-city-board";
    static final String CITY_BOARD_NAME = "京都市教育委員会";
    /** KyotoContract.SCHOOL_TYPE = KYOTO_CITY_MUNICIPAL: the intake answer that routes notices to the city board. */
    static final Map<String, String> CITY_SCHOOL = Map.of("schoolType", "KYOTO_CITY_MUNICIPAL");
    static final String BOARD_MAIL = "board@city.kyoto.test";
    static final String LEADS_MAIL = "leads@operator.test";
    /** Friday 2023-07-14 18:00: a consultation day (kyoto 6(2)ア, every Friday) within the hours 17:00–22:00 (6(3)). */
    static final OffsetDateTime STAFFED_EVENING = DistributionE2E.KYOTO_FRIDAY_EVENING;
    /** Beyond the contract's acknowledgement time when the clock is moved on (the time itself is read from the notice). */
    static final Duration PAST_ACKNOWLEDGEMENT = Duration.ofMinutes(1);

    /** "Within a few seconds": notices go out at once, the acknowledgement check runs every second. */
    static final Duration QUICKLY = Duration.ofSeconds(10);
    static final Duration SERVICES_UP = Duration.ofSeconds(60);
    static final Duration CLOCK_APPLIED = Duration.ofSeconds(60);

    // consultation text: sent, never printed, looked for only where it must not be
    static final String HARMLESS = "こんばんは。部活の先輩とのことで少し相談したいです。";
    static final String HIGH_RISK = "もう死にたい。今日、橋から飛び降りる";
    static final String HIGH_RISK_AGAIN = "今夜、薬を全部飲むつもりです。遺書も書きました";
    static final List<String> CONSULTER_WORDS = List.of(HARMLESS, HIGH_RISK, HIGH_RISK_AGAIN, "部活の先輩", "死にたい",
            "飛び降り", "薬を全部", "遺書");

    private static Mailbox mailbox;
    private static Distribution distribution;
    private static Http http;
    private static Platform platform;
    private static Platform.Account lead;
    private static Platform.Account counselor;

    @BeforeClass
    public static void boot() throws Exception {
        mailbox = Mailbox.start();
        distribution = Distribution.unpack("emergency");
        distribution.awaitAlsoOnStart("/api/v1/chat/" + CONTRACT + "/intake");
        configureNotices(distribution, mailbox.smtpPort());
        distribution.clockAt(STAFFED_EVENING);
        distribution.start();
        http = distribution.http();
        platform = new Platform(http);
        platform.takeOverFirstAdmin(distribution);
        lead = platform.createStaff("kyoto-lead-emergency-e2e", "京都 相談責任者", CONTRACT, "LEAD");
        counselor = platform.createStaff("kyoto-counselor-emergency-e2e", "京都 相談員", CONTRACT, "COUNSELOR");
        platform.assignShift(lead, CONTRACT, counselor, "COUNSELOR", STAFFED_EVENING.withHour(17),
                STAFFED_EVENING.withHour(22));
        platform.awaitHumanStaffed(CONTRACT, true, Duration.ofSeconds(30));
        // the case resources come with the emergency component, after the chat
        Await.condition("GET " + api("/cases") + " answers 200 to the lead", SERVICES_UP,
                () -> http.get(api("/cases"), lead.token()).status() == 200);
    }

    /** The SMTP server, the acknowledgement links and the recipients' addresses, written before the first start. */
    static void configureNotices(Distribution d, int smtpPort) throws IOException {
        d.setProperty("org.yorisoi.notify.smtp.cfg", "host", "127.0.0.1");
        d.setProperty("org.yorisoi.notify.smtp.cfg", "port", Integer.toString(smtpPort));
        d.setProperty("org.yorisoi.notify.smtp.cfg", "from", "noreply@yorisoi.test");
        d.setProperty("org.yorisoi.notify.smtp.cfg", "starttls", "none");
        d.setProperty("org.yorisoi.emergency.cfg", "acknowledgeBaseUrl", d.baseUrl());
        d.setProperty("org.yorisoi.emergency.cfg", "checkIntervalSeconds", "1");
        d.setProperty("org.yorisoi.recipients.cfg", CONTRACT + "." + CITY_BOARD + ".email", BOARD_MAIL);
        d.setProperty("org.yorisoi.recipients.cfg", CONTRACT + ".leads.email", LEADS_MAIL);
    }

    @AfterClass
    public static void shutDown() throws Exception {
        try {
            if (distribution != null) {
                distribution.stop();
            }
        } finally {
            if (mailbox != null) {
                mailbox.close();
            }
        }
    }

    @Test
    public void detectedRiskJumpsTheQueueAndTheBoardsNoticeIsAcknowledgedOrSentAgainWithTheLeadAlerted()
            throws Exception {
        Notified first = detectedEmergencyAcknowledgedByTheBoard();
        Notified second = declaredEmergencyNotAcknowledgedIsSentAgain(first);

        assertTimelineInOrder(first.caseId(), List.of(
                action("case-opened", first.caseId(), null),
                action("notice-sent", first.caseId(), first.noticeId()),
                action("notice-acknowledged", first.caseId(), first.noticeId())));
        List<JsonNode> secondTimeline = assertTimelineInOrder(second.caseId(), List.of(
                action("case-opened", second.caseId(), null),
                action("notice-sent", second.caseId(), second.noticeId()),
                action("notice-sent", second.caseId(), second.noticeId())));
        assertTimelineInOrder(second.caseId(), List.of(
                action("case-opened", second.caseId(), null),
                action("notice-sent", second.caseId(), second.noticeId()),
                action("lead-alerted", second.caseId(), second.alertId())));
        assertFalse("the second case was never acknowledged",
                actions(secondTimeline).contains("notice-acknowledged"));

        for (Mailbox.Mail mail : mailbox.all()) {
            assertNoConsulterWords(mail, "a mail the platform sent: " + mail);
        }
    }

    /** A notice of a case: the case, the notice to the city board, its acknowledgement link and lead alert if any. */
    record Notified(String caseId, String noticeId, String ackLink, String alertId) {
    }

    /**
     * Consulter A (no risk) waits; consulter B (Kyoto-city school) writes a high-risk message: it is marked HIGH, B is
     * answered first, the lead is alerted; the counselor confirms the detection as an emergency; the board's mail
     * arrives, its link shows a page without acknowledging, and confirming on it acknowledges.
     */
    private Notified detectedEmergencyAcknowledgedByTheBoard() throws Exception {
        Consulter a = Consulter.open(http, CONTRACT);
        a.say(HARMLESS, "a-1");
        // A has waited a full second before B writes, so that only the risk can put B first
        JsonNode aWaiting = Await.until("conversation " + a.conversationId() + " waiting for a second in the queue",
                QUICKLY, () -> {
                    JsonNode entry = queueEntry(a.conversationId());
                    return entry != null && entry.path("waitingSeconds").asLong() >= 1 ? entry : null;
                });
        assertEquals("risk of conversation " + a.conversationId(), "NONE", aWaiting.path("risk").asText());

        Consulter b = Consulter.open(http, CONTRACT, CITY_SCHOOL);
        String bMessage = b.say(HIGH_RISK, "b-1");

        // detection
        JsonNode risk = awaitRisk(b, "HIGH");
        assertTrue("marks on conversation " + b.conversationId(), risk.path("marks").size() >= 1);
        assertTrue("a HIGH mark on message " + bMessage, stream(risk.path("marks")).anyMatch(m ->
                bMessage.equals(m.path("messageId").asText()) && "HIGH".equals(m.path("severity").asText())
                        && !m.path("negated").asBoolean()));
        JsonNode aRisk = get(counselor, api("/conversations/" + a.conversationId() + "/risk"));
        assertEquals("risk of conversation " + a.conversationId(), "NONE", aRisk.path("risk").asText());
        assertEquals("marks on conversation " + a.conversationId(), 0, aRisk.path("marks").size());

        // queue jump: B first although A waited longer
        JsonNode queue = get(counselor, api("/queue"));
        assertTrue("the queue holds A and B: " + queue, queue.size() >= 2);
        JsonNode head = queue.get(0);
        assertEquals("the first in the queue", b.conversationId(), head.path("conversation").path("id").asText());
        assertEquals("position of " + b.conversationId(), 1, head.path("position").asInt());
        assertEquals("risk of " + b.conversationId() + " in the queue", "HIGH", head.path("risk").asText());
        JsonNode aEntry = entryOf(queue, a.conversationId());
        assertNotNull("conversation " + a.conversationId() + " still waits: " + queue, aEntry);
        assertTrue("A comes after B: " + queue, aEntry.path("position").asInt() > 1);
        assertTrue("A has waited longer than B: " + queue,
                aEntry.path("waitingSeconds").asLong() > head.path("waitingSeconds").asLong());

        // the lead's board
        JsonNode alert = awaitAlert("HIGH_RISK_MESSAGE", b.conversationId(), null, true);
        assertTrue("the high-risk alert is before any case", absent(alert.path("caseId")));

        // the counselor answers B and confirms the detection as an emergency
        claim(b);
        JsonNode opened = openCase(b, "EMERGENCY", "DETECTION_CONFIRMED");
        String caseId = opened.path("id").asText();
        assertEquals("origin of case " + caseId, "DETECTION_CONFIRMED", opened.path("origin").asText());
        JsonNode notice = awaitBoardNoticeDelivered(caseId);
        String noticeId = notice.path("id").asText();

        String link = awaitNoticeMail(noticeId, 1, "case " + caseId);

        // a GET shows the page and acknowledges nothing (mail scanners follow links)
        Http.Response page = http.page("GET", link, null);
        assertEquals("GET of the acknowledgement link of notice " + noticeId, 200, page.status());
        assertTrue("the page names the recipient", page.body().contains(CITY_BOARD_NAME));
        assertTrue("the page names case " + caseId, page.body().contains(caseId));
        assertTrue("the page has a form to confirm with", page.body().toLowerCase().contains("<form"));
        assertNoConsulterWords(page.body(), "the acknowledgement page of notice " + noticeId);
        assertTrue("notice " + noticeId + " is not acknowledged by a GET",
                absent(notice(caseId, noticeId).path("acknowledgedAt")));

        // confirming acknowledges, once
        String form = hiddenFields(page.body());
        Http.Response confirmed = http.page("POST", link, form);
        assertTrue("POST of the acknowledgement link of notice " + noticeId + ": HTTP " + confirmed.status(),
                confirmed.status() == 200 || confirmed.status() == 303);
        JsonNode acknowledged = notice(caseId, noticeId);
        assertFalse("notice " + noticeId + " is acknowledged after the POST", absent(acknowledged.path("acknowledgedAt")));
        String acknowledgedAt = acknowledged.path("acknowledgedAt").asText();
        Http.Response again = http.page("POST", link, form);
        assertTrue("a second POST of notice " + noticeId + ": HTTP " + again.status(),
                again.status() == 200 || again.status() == 303);
        assertEquals("a second confirmation changes nothing", acknowledgedAt,
                notice(caseId, noticeId).path("acknowledgedAt").asText());
        return new Notified(caseId, noticeId, link, null);
    }

    /**
     * Consulter C (Kyoto-city school) writes a high-risk message and the counselor declares an emergency; the board's
     * mail arrives and nobody acknowledges it. Past the acknowledgement time on the platform clock the board gets the
     * notice again, the lead gets an alert on the board and a mail, and the notice shows the second attempt.
     */
    private Notified declaredEmergencyNotAcknowledgedIsSentAgain(Notified acknowledgedBefore) throws Exception {
        Consulter c = Consulter.open(http, CONTRACT, CITY_SCHOOL);
        c.say(HIGH_RISK_AGAIN, "c-1");
        awaitRisk(c, "HIGH");
        claim(c);
        JsonNode opened = openCase(c, "EMERGENCY", "DECLARED");
        String caseId = opened.path("id").asText();
        assertEquals("origin of case " + caseId, "DECLARED", opened.path("origin").asText());
        JsonNode notice = awaitBoardNoticeDelivered(caseId);
        String noticeId = notice.path("id").asText();
        String link = awaitNoticeMail(noticeId, 1, "case " + caseId);

        // every alert so far (the high-risk messages) has reached the lead's mailbox before the clock moves on
        Await.condition("every lead alert so far mailed to " + LEADS_MAIL, QUICKLY,
                () -> mailbox.to(LEADS_MAIL).size() >= alerts(false).size());
        int leadMailsBefore = mailbox.to(LEADS_MAIL).size();

        // nobody acknowledges: past the acknowledgement time on the platform clock
        OffsetDateTime acknowledgeBy = OffsetDateTime.parse(notice.path("acknowledgeBy").asText());
        OffsetDateTime now = platformNow();
        OffsetDateTime past = (now.isAfter(acknowledgeBy) ? now : acknowledgeBy).plus(PAST_ACKNOWLEDGEMENT);
        distribution.clockAt(past);
        Await.condition("the platform clock at " + past + " or later", CLOCK_APPLIED,
                () -> !platformNow().isBefore(past));
        signInAgain();

        List<Mailbox.Mail> sent = mailbox.await(BOARD_MAIL, m -> m.acknowledges(noticeId), 2,
                "notice " + noticeId + " sent again", QUICKLY);
        assertEquals("the same link in the second mail of notice " + noticeId, link,
                sent.get(1).ackLink(noticeId).orElse(null));
        JsonNode alert = awaitAlert("NOTICE_UNACKNOWLEDGED", c.conversationId(), noticeId, false);
        assertEquals("case of alert " + alert.path("id").asText(), caseId, alert.path("caseId").asText());
        JsonNode renotified = Await.until("notice " + noticeId + " with a second attempt and renotifiedAt", QUICKLY,
                () -> {
                    JsonNode n = notice(caseId, noticeId);
                    return n.path("attempts").asInt() >= 2 && !absent(n.path("renotifiedAt")) ? n : null;
                });
        assertTrue("notice " + noticeId + " still unacknowledged", absent(renotified.path("acknowledgedAt")));
        Await.condition("the alert mailed to " + LEADS_MAIL, QUICKLY, () -> {
            int mails = mailbox.to(LEADS_MAIL).size();
            return mails > leadMailsBefore && mails >= alerts(false).size();
        });

        // the acknowledged notice of the first case was not sent again
        JsonNode firstNotice = notice(acknowledgedBefore.caseId(), acknowledgedBefore.noticeId());
        assertEquals("attempts of acknowledged notice " + acknowledgedBefore.noticeId(), 1,
                firstNotice.path("attempts").asInt());
        assertEquals("mails of acknowledged notice " + acknowledgedBefore.noticeId(), 1,
                mailbox.to(BOARD_MAIL).stream().filter(m -> m.acknowledges(acknowledgedBefore.noticeId())).count());
        return new Notified(caseId, noticeId, link, alert.path("id").asText());
    }

    // ---- the REST calls ----

    static String api(String pathInContract) {
        return Platform.API + "/contracts/" + CONTRACT + pathInContract;
    }

    static JsonNode get(Platform.Account who, String path) throws IOException {
        return http.get(path, who.token()).expect(200, "GET " + path + " as " + who.login()).json();
    }

    static JsonNode queueEntry(String conversationId) throws IOException {
        return entryOf(get(counselor, api("/queue")), conversationId);
    }

    static JsonNode entryOf(JsonNode queue, String conversationId) {
        return stream(queue).filter(e -> conversationId.equals(e.path("conversation").path("id").asText()))
                .findFirst().orElse(null);
    }

    static JsonNode awaitRisk(Consulter consulter, String risk) throws InterruptedException {
        String path = api("/conversations/" + consulter.conversationId() + "/risk");
        return Await.until("risk " + risk + " on conversation " + consulter.conversationId(), QUICKLY, () -> {
            JsonNode r = get(counselor, path);
            return risk.equals(r.path("risk").asText()) ? r : null;
        });
    }

    static void claim(Consulter consulter) throws IOException {
        String cid = consulter.conversationId();
        JsonNode claimed = http.post(api("/conversations/" + cid + "/claim"), counselor.token(), null)
                .expect(200, "claiming " + cid).json();
        assertEquals("state of " + cid, "ACTIVE", claimed.path("state").asText());
        assertEquals("counselor of " + cid, counselor.id(), claimed.path("counselorId").asText());
    }

    /** POST .../cases as the counselor: 201 with a Location, an open case of the trigger on the conversation. */
    static JsonNode openCase(Consulter consulter, String trigger, String origin) throws IOException {
        String cid = consulter.conversationId();
        Http.Response r = http.post(api("/cases"), counselor.token(),
                json("conversationId", cid, "trigger", trigger, "origin", origin))
                .expect(201, "opening a " + trigger + " case on " + cid);
        JsonNode opened = r.json();
        String caseId = opened.path("id").asText();
        assertFalse("the new case has an id", caseId.isEmpty());
        assertTrue("Location of case " + caseId, r.headers().entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("Location"))
                .anyMatch(h -> h.getValue().stream().anyMatch(v -> v.endsWith("/cases/" + caseId))));
        assertEquals("contract of case " + caseId, CONTRACT, opened.path("contractId").asText());
        assertEquals("conversation of case " + caseId, cid, opened.path("conversationId").asText());
        assertEquals("trigger of case " + caseId, trigger, opened.path("trigger").asText());
        assertEquals("state of case " + caseId, "OPEN", opened.path("state").asText());
        assertEquals("opened by", counselor.id(), opened.path("openedBy").asText());
        assertTrue("clause of case " + caseId + ": " + opened.path("clause").asText(),
                opened.path("clause").asText().contains("6(8)"));
        assertTrue("steps of case " + caseId, opened.path("steps").size() >= 1);
        return opened;
    }

    static JsonNode caseView(String caseId) throws IOException {
        return get(counselor, api("/cases/" + caseId));
    }

    static JsonNode notice(String caseId, String noticeId) throws IOException {
        return stream(caseView(caseId).path("notices")).filter(n -> noticeId.equals(n.path("id").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("case " + caseId + " has no notice " + noticeId));
    }

    /**
     * Waits until the case's notice to the city board was delivered to the mail server and checks where it went:
     * routed by the school (the city board only), by mail to the configured address, with a time to acknowledge by.
     */
    static JsonNode awaitBoardNoticeDelivered(String caseId) throws InterruptedException, IOException {
        JsonNode notice = Await.until("a delivered notice of case " + caseId + " to " + CITY_BOARD, QUICKLY, () ->
                stream(caseView(caseId).path("notices")).filter(n -> CITY_BOARD.equals(n.path("recipientId").asText())
                        && n.path("delivered").asBoolean()).findFirst().orElse(null));
        String noticeId = notice.path("id").asText();
        for (JsonNode n : caseView(caseId).path("notices")) {
            assertEquals("recipient of notice " + n.path("id").asText() + " (routed by the school)", CITY_BOARD,
                    n.path("recipientId").asText());
        }
        assertEquals("recipient name of notice " + noticeId, CITY_BOARD_NAME, notice.path("recipientNameJa").asText());
        assertEquals("channel of notice " + noticeId, "EMAIL", notice.path("channel").asText());
        assertEquals("address of notice " + noticeId, BOARD_MAIL, notice.path("address").asText());
        assertEquals("attempts of notice " + noticeId, 1, notice.path("attempts").asInt());
        assertFalse("notice " + noticeId + " asks for an acknowledgement", absent(notice.path("acknowledgeBy")));
        assertTrue("notice " + noticeId + " is not acknowledged yet", absent(notice.path("acknowledgedAt")));
        return notice;
    }

    /**
     * Waits for the board's mail of the notice, checks that it carries the acknowledgement link on the configured
     * base and none of the consulter's words, and returns the link.
     */
    static String awaitNoticeMail(String noticeId, int count, String what) throws InterruptedException {
        List<Mailbox.Mail> mails = mailbox.await(BOARD_MAIL, m -> m.acknowledges(noticeId), count,
                "notice " + noticeId + " of " + what, QUICKLY);
        Mailbox.Mail mail = mails.get(count - 1);
        assertNoConsulterWords(mail, "the board's mail of notice " + noticeId);
        String link = mail.ackLink(noticeId).orElseThrow();
        assertTrue("the link of notice " + noticeId + " is on " + distribution.baseUrl() + "/ack/: " + link,
                link.startsWith(distribution.baseUrl() + "/ack/" + noticeId + "/"));
        return link;
    }

    /** The contract's lead alerts as the lead sees them (GET .../alerts), newest first. */
    static JsonNode alerts(boolean unseenOnly) throws IOException {
        return get(lead, api("/alerts" + (unseenOnly ? "?unseen=true" : "")));
    }

    static JsonNode awaitAlert(String kind, String conversationId, String noticeId, boolean unseenOnly)
            throws InterruptedException {
        return Await.until("a " + kind + " alert on " + conversationId + (noticeId == null ? "" : " for " + noticeId),
                QUICKLY, () -> stream(alerts(unseenOnly)).filter(a -> kind.equals(a.path("kind").asText())
                        && conversationId.equals(a.path("conversationId").asText())
                        && (noticeId == null || noticeId.equals(a.path("noticeId").asText())))
                        .findFirst().orElse(null));
    }

    /** GET /v1/clock; signs in again when moving the clock on ended the lead's session. */
    static OffsetDateTime platformNow() throws IOException {
        Http.Response r = http.get(Platform.API + "/clock", lead.token());
        if (r.status() == 401) {
            signInAgain();
            r = http.get(Platform.API + "/clock", lead.token());
        }
        return OffsetDateTime.parse(r.expect(200, "GET " + Platform.API + "/clock").json().path("now").asText());
    }

    /** Minutes have passed on the platform clock: new sessions, as the next login of the evening would give. */
    static void signInAgain() throws IOException {
        lead = new Platform.Account(lead.id(), lead.login(), lead.password(),
                platform.login(lead.login(), lead.password()));
        counselor = new Platform.Account(counselor.id(), counselor.login(), counselor.password(),
                platform.login(counselor.login(), counselor.password()));
    }

    // ---- the audit timeline ----

    /** An audit action expected in a case's timeline, with the case as target and an id its detail must name. */
    record Expected(String action, String target, String detailNames) implements Predicate<JsonNode> {
        @Override
        public boolean test(JsonNode entry) {
            return action.equals(entry.path("action").asText()) && target.equals(entry.path("target").asText())
                    && (detailNames == null || entry.path("detail").asText().contains(detailNames));
        }

        @Override
        public String toString() {
            return action + (detailNames == null ? "" : " naming " + detailNames);
        }
    }

    static Expected action(String action, String caseId, String detailNames) {
        return new Expected(action, caseId, detailNames);
    }

    /**
     * GET .../cases/{caseId}/timeline as the lead; asserts the expected entries appear in this order (each one later
     * than the one before; others may come between) and returns the timeline.
     */
    static List<JsonNode> assertTimelineInOrder(String caseId, List<Expected> expected) throws IOException {
        Http.Response r = http.get(api("/cases/" + caseId + "/timeline"), lead.token())
                .expect(200, "the timeline of case " + caseId);
        assertNoConsulterWords(r.body(), "the timeline of case " + caseId);
        List<JsonNode> timeline = stream(r.json()).toList();
        int from = 0;
        for (Expected e : expected) {
            int found = -1;
            for (int i = from; i < timeline.size(); i++) {
                if (e.test(timeline.get(i))) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                fail("the timeline of case " + caseId + " lacks " + e + " after entry " + from + " in the order "
                        + expected + "; actions: " + actions(timeline));
            }
            from = found + 1;
        }
        return timeline;
    }

    static List<String> actions(List<JsonNode> timeline) {
        List<String> actions = new ArrayList<>();
        timeline.forEach(e -> actions.add(e.path("action").asText()));
        return actions;
    }

    // ---- helpers ----

    static final Pattern HIDDEN_INPUT = Pattern.compile(
            "<input\\b[^>]*\\btype=[\"']hidden[\"'][^>]*>", Pattern.CASE_INSENSITIVE);

    /** The page's hidden form fields, url-encoded, as a browser submits them with the confirm button ("" for none). */
    static String hiddenFields(String html) {
        List<String> fields = new ArrayList<>();
        Matcher input = HIDDEN_INPUT.matcher(html);
        while (input.find()) {
            String name = attribute(input.group(), "name");
            if (name != null) {
                String value = attribute(input.group(), "value");
                fields.add(encode(name) + "=" + encode(value == null ? "" : value));
            }
        }
        return String.join("&", fields);
    }

    static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=[\"']([^\"']*)[\"']",
                Pattern.CASE_INSENSITIVE).matcher(tag);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }

    /** JSON null or not there at all. */
    static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    static void assertNoConsulterWords(Mailbox.Mail mail, String where) {
        for (String words : CONSULTER_WORDS) {
            assertFalse(where + " holds words of a consulter", mail.contains(words));
        }
    }

    static void assertNoConsulterWords(String text, String where) {
        for (String words : CONSULTER_WORDS) {
            assertFalse(where + " holds words of a consulter", text != null && text.contains(words));
        }
    }
}
