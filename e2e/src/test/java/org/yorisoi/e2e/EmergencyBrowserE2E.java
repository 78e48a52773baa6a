package org.yorisoi.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.yorisoi.e2e.Browsers.DESKTOP;
import static org.yorisoi.e2e.Browsers.MOBILE;
import static org.yorisoi.e2e.Browsers.PAGE_STEP;
import static org.yorisoi.e2e.Browsers.await;
import static org.yorisoi.e2e.Browsers.awaitVisible;
import static org.yorisoi.e2e.Browsers.first;
import static org.yorisoi.e2e.Browsers.logIn;
import static org.yorisoi.e2e.Browsers.screenshots;
import static org.yorisoi.e2e.Browsers.send;
import static org.yorisoi.e2e.Browsers.startConversation;
import static org.yorisoi.e2e.Browsers.waitFor;
import static org.yorisoi.e2e.EmergencyE2E.BOARD_MAIL;
import static org.yorisoi.e2e.EmergencyE2E.CITY_BOARD;
import static org.yorisoi.e2e.EmergencyE2E.CITY_BOARD_NAME;
import static org.yorisoi.e2e.EmergencyE2E.CITY_SCHOOL;
import static org.yorisoi.e2e.EmergencyE2E.CONSULTER_WORDS;
import static org.yorisoi.e2e.EmergencyE2E.HARMLESS;
import static org.yorisoi.e2e.EmergencyE2E.HIGH_RISK;
import static org.yorisoi.e2e.EmergencyE2E.STAFFED_EVENING;
import static org.yorisoi.e2e.EmergencyE2E.stream;

/**
 * The emergency flow as staff see it, in real browsers (Debian's headless Chromium) against the distribution, with
 * the mail server in the test JVM (GreenMail, as {@link EmergencyE2E}): in Kyoto's staffed hours a pupil of a
 * Kyoto-city municipal school writes a high-risk message on /chat/kyoto while another consulter has been waiting
 * longer. The counselor, in /console/, finds the pupil first in the queue with the 高リスク badge, claims the
 * conversation, sees the risky words marked, confirms the detection as an emergency in the dialog and works the case:
 * the steps with their descriptions and countdowns, the notice to 京都市教育委員会 delivered (and really in its
 * mailbox), the police step recorded and done. The lead, in /console/board, sees the open case with its countdown,
 * the queue and the high-risk alert in Japanese, confirms the alert (it leaves the unseen list) and reads the case's
 * audit timeline. Screenshots of the console's case panel and of the board at desktop and phone widths.
 *
 * <p>Consultation text is typed into the pages but never printed: assertion messages name ids only, and the board is
 * checked to hold none of it.
 */
public class EmergencyBrowserE2E {

    static final String CONTRACT = EmergencyE2E.CONTRACT;
    /** Notices go out at once; the console and the board follow the contract's live events. */
    static final Duration QUICKLY = Duration.ofSeconds(10);
    static final Duration SERVICES_UP = Duration.ofSeconds(60);
    /** What the counselor writes for the police step: staff text, not the consulter's, yet never printed either. */
    static final String POLICE_RECORD = "所轄の警察署に電話で通報し、安否確認を依頼した（受付担当者の名前を控えた）";
    /** A live countdown, e.g. あと9分58秒 or あと14時間59分 (staff.js duration()). */
    static final Pattern COUNTING_DOWN = Pattern.compile("あと(\\d+時間\\d+分|\\d+分\\d+秒)");

    private static Mailbox mailbox;
    private static Distribution distribution;
    private static Http http;
    private static Platform.Account lead;
    private static Platform.Account counselor;
    private static final Browsers browsers = new Browsers();

    @BeforeClass
    public static void boot() throws Exception {
        Browsers.assumeInstalled();
        mailbox = Mailbox.start();
        distribution = Distribution.unpack("emergency-browser");
        distribution.awaitAlsoOnStart("/api/v1/chat/" + CONTRACT + "/intake", "/chat/" + CONTRACT, "/console/",
                "/console/board");
        EmergencyE2E.configureNotices(distribution, mailbox.smtpPort());
        distribution.clockAt(STAFFED_EVENING);
        distribution.start();
        http = distribution.http();
        Platform platform = new Platform(http);
        platform.takeOverFirstAdmin(distribution);
        lead = platform.createStaff("kyoto-lead-board-e2e", "京都 相談責任者", CONTRACT, "LEAD");
        counselor = platform.createStaff("kyoto-counselor-case-e2e", "京都 相談員", CONTRACT, "COUNSELOR");
        platform.assignShift(lead, CONTRACT, counselor, "COUNSELOR", STAFFED_EVENING.withHour(17),
                STAFFED_EVENING.withHour(22));
        platform.awaitHumanStaffed(CONTRACT, true, Duration.ofSeconds(30));
        // the case resources come with the emergency component, after the chat
        Await.condition("GET " + api("/cases") + " answers 200 to the lead", SERVICES_UP,
                () -> http.get(api("/cases"), lead.token()).status() == 200);
    }

    @AfterClass
    public static void shutDown() throws Exception {
        try {
            browsers.close();
            if (distribution != null) {
                distribution.stop();
            }
        } finally {
            if (mailbox != null) {
                mailbox.close();
            }
        }
    }

    /** On failure, keeps what every browser showed: target/screenshots/failure-emergency-<role>.png and .html. */
    @Rule
    public final TestWatcher keepBrowsersOnFailure = browsers.keepOnFailure("emergency");

    @Test
    public void theCounselorConfirmsADetectedRiskAndWorksTheCaseWhileTheLeadFollowsItOnTheBoard() throws Exception {
        String base = distribution.baseUrl();

        // a consulter without risk has been waiting a full second before the pupil writes
        Consulter waiting = Consulter.open(http, CONTRACT);
        waiting.say(HARMLESS, "w-1");
        Await.condition("conversation " + waiting.conversationId() + " waiting for a second", QUICKLY, () -> {
            JsonNode entry = EmergencyE2E.entryOf(get(counselor, api("/queue")), waiting.conversationId());
            return entry != null && entry.path("waitingSeconds").asLong() >= 1;
        });

        // the pupil of a Kyoto-city municipal school writes on the web chat
        WebDriver pupil = browsers.open("pupil", MOBILE);
        pupil.get(base + "/chat/" + CONTRACT);
        startConversation(pupil, CITY_SCHOOL);
        send(pupil, "#message-input", "#send", HIGH_RISK);
        awaitClientMessage(pupil, "#messages", HIGH_RISK);
        String pupilCid = Await.until("a second conversation, of HIGH risk, in the queue", QUICKLY, () -> stream(
                get(counselor, api("/queue"))).filter(e -> "HIGH".equals(e.path("risk").asText())
                        && !waiting.conversationId().equals(e.path("conversation").path("id").asText()))
                .map(e -> e.path("conversation").path("id").asText()).findFirst().orElse(null));
        JsonNode risk = get(counselor, api("/conversations/" + pupilCid + "/risk"));
        List<JsonNode> highMarks = stream(risk.path("marks")).filter(m -> "HIGH".equals(m.path("severity").asText())
                && !m.path("negated").asBoolean()).toList();
        assertFalse("HIGH marks on conversation " + pupilCid, highMarks.isEmpty());
        String messageId = highMarks.get(0).path("messageId").asText();

        // ---- the counselor ----
        WebDriver console = browsers.open("console", DESKTOP);
        console.get(base + "/console/");
        logIn(console, counselor);
        chooseContract(console);

        // the pupil first in the queue with the 高リスク badge, the longer-waiting consulter after, without one
        waitFor(console, PAGE_STEP, "the pupil's conversation " + pupilCid + " first in the queue with 高リスク, then "
                + waiting.conversationId() + " without a badge").until(d -> {
            List<WebElement> items = d.findElements(By.cssSelector("#queue .queue-item[data-cid]"));
            if (items.size() < 2 || !pupilCid.equals(items.get(0).getAttribute("data-cid"))
                    || !waiting.conversationId().equals(items.get(1).getAttribute("data-cid"))) {
                return false;
            }
            List<WebElement> badge = items.get(0).findElements(By.cssSelector(".risk-badge.risk-HIGH"));
            return badge.size() == 1 && "高リスク".equals(badge.get(0).getText())
                    && items.get(1).findElements(By.cssSelector(".risk-badge")).isEmpty();
        });

        // the queue is re-rendered on every live event: find and click in one step, again if the item was replaced
        waitFor(console, PAGE_STEP, "claiming " + pupilCid).until(d -> {
            WebElement item = first(d, "#queue .queue-item[data-cid='" + pupilCid + "']");
            if (item == null) {
                return null;
            }
            item.findElement(By.cssSelector(".claim")).click();
            return true;
        });
        waitFor(console, PAGE_STEP, "conversation " + pupilCid + " open and among the counselor's tabs").until(d ->
                first(d, "#conversations .tab[data-cid='" + pupilCid + "'][aria-selected='true']") != null
                        && first(d, "#conversation-panel:not([hidden])") != null);
        awaitText(console, "#conversation-risk .risk-badge.risk-HIGH", "高リスク"::equals,
                "the 高リスク badge of the open conversation " + pupilCid);

        // the risky words marked: every span the detector reported in the pupil's message, the HIGH ones in red
        String messageSelector = "#transcript .msg[data-sender='CLIENT'][data-message-id='" + messageId + "']";
        String markSelector = messageSelector + " mark.risk-mark.risk-HIGH";
        Map<String, List<String>> marked = waitFor(console, PAGE_STEP, "HIGH marks in message " + messageId
                + " of the transcript").until(d -> {
                    Map<String, List<String>> bySeverity = new LinkedHashMap<>();
                    for (WebElement m : d.findElements(By.cssSelector(messageSelector + " mark.risk-mark"))) {
                        String severity = m.getAttribute("class")
                                .replaceAll(".*\\brisk-(HIGH|MEDIUM|LOW|NONE)\\b.*", "$1");
                        bySeverity.computeIfAbsent(severity, k -> new ArrayList<>()).add(m.getText());
                    }
                    return bySeverity.containsKey("HIGH") ? bySeverity : null;
                });
        for (JsonNode m : risk.path("marks")) {
            if (messageId.equals(m.path("messageId").asText())) {
                int start = m.path("start").asInt();
                int end = m.path("end").asInt();
                String span = HIGH_RISK.substring(start, end);
                List<String> where = "HIGH".equals(m.path("severity").asText()) ? marked.get("HIGH")
                        : marked.values().stream().flatMap(List::stream).toList();
                assertTrue("the span " + start + ".." + end + " (" + m.path("severity").asText() + ", entry "
                        + m.path("entryId").asText() + ") of message " + messageId + " is marked",
                        where.stream().anyMatch(t -> t.contains(span)));
            }
        }
        assertTrue("the mark of message " + messageId + " names its severity in its tooltip",
                fresh(() -> first(console, markSelector).getAttribute("title")).contains("重大度: 高"));

        // 検知を確認して緊急対応 → the dialog → 開始する
        WebElement confirmDetection = awaitVisible(console, "#confirm-detection", PAGE_STEP);
        assertEquals("検知を確認して緊急対応", confirmDetection.getText());
        assertTrue("#confirm-detection enabled while no emergency case is open", confirmDetection.isEnabled());
        confirmDetection.click();
        awaitVisible(console, "#confirm-dialog[open]", PAGE_STEP);
        String question = console.findElement(By.cssSelector("#confirm-text")).getText();
        assertTrue("the dialog asks about the detection (高リスク) and the notices: " + question,
                question.contains("リスク検知（高リスク）") && question.contains("通知"));
        console.findElement(By.cssSelector("#confirm-ok")).click();
        waitFor(console, PAGE_STEP, "the dialog closed").until(d -> first(d, "#confirm-dialog[open]") == null);

        String caseId = waitFor(console, PAGE_STEP, "an open emergency case in the case panel").until(d -> {
            WebElement article = first(d, "#cases article.case.open.case-EMERGENCY[data-id]");
            return article == null ? null : article.getAttribute("data-id");
        });
        JsonNode opened = get(counselor, api("/cases/" + caseId));
        assertEquals("conversation of case " + caseId, pupilCid, opened.path("conversationId").asText());
        assertEquals("origin of case " + caseId, "DETECTION_CONFIRMED", opened.path("origin").asText());
        String caseSelector = "#cases article.case[data-id='" + caseId + "']";
        assertTrue("the case panel names the origin", text(console, caseSelector + " .case-head").contains("リスク検知の確認"));
        assertFalse("the confirm button is offered no more while the case is open",
                console.findElement(By.cssSelector("#confirm-detection")).isEnabled());

        // every step of the contract's rule with its description; a countdown on each step not done
        JsonNode steps = opened.path("steps");
        assertEquals("Kyoto 6(8): five steps in case " + caseId, 5, steps.size());
        int police = -1;
        int notify = -1;
        for (JsonNode s : steps) {
            int i = s.path("index").asInt();
            String step = caseSelector + " li.step[data-index='" + i + "']";
            awaitText(console, step + " .step-title", s.path("descriptionJa").asText()::equals,
                    "the description of step " + i + " of case " + caseId);
            if ("NOTIFY_POLICE".equals(s.path("kind").asText())) {
                police = i;
            }
            if (s.path("automatic").asBoolean() && s.path("recipientIds").toString().contains(CITY_BOARD)) {
                notify = i;
            }
            if (!s.path("automatic").asBoolean()) {
                awaitText(console, step + " .countdown", t -> COUNTING_DOWN.matcher(t).matches(),
                        "a countdown on step " + i + " of case " + caseId);
                assertFalse("step " + i + " is not shown done", hasClass(console, step, "done"));
            }
        }
        assertTrue("case " + caseId + " has a police step", police >= 0);
        assertTrue("case " + caseId + " has the automatic notice to " + CITY_BOARD, notify >= 0);

        // the countdowns run (on the platform's clock)
        String policeCountdown = caseSelector + " li.step[data-index='" + police + "'] .countdown";
        String before = text(console, policeCountdown);
        awaitText(console, policeCountdown, t -> !t.equals(before) && COUNTING_DOWN.matcher(t).matches(),
                "the countdown of step " + police + " of case " + caseId + " ticking");

        // the notice to 京都市教育委員会 delivered: on the page, in the case and in the board's mailbox
        String noticeId = waitFor(console, PAGE_STEP, "the notice to " + CITY_BOARD + " shown delivered").until(d -> {
            for (WebElement row : d.findElements(By.cssSelector(caseSelector + " table.notices tbody tr[data-id]"))) {
                List<WebElement> cells = row.findElements(By.tagName("td"));
                if (cells.size() == 4 && CITY_BOARD_NAME.equals(cells.get(0).getText())
                        && "メール".equals(cells.get(1).getText()) && cells.get(2).getText().startsWith("配信済み")
                        && cells.get(3).getText().startsWith("未受領")) {
                    return row.getAttribute("data-id");
                }
            }
            return null;
        });
        JsonNode notices = get(counselor, api("/cases/" + caseId)).path("notices");
        for (JsonNode n : notices) {
            assertEquals("recipient of notice " + n.path("id").asText() + " (routed by the school)", CITY_BOARD,
                    n.path("recipientId").asText());
        }
        JsonNode notice = stream(notices).filter(n -> noticeId.equals(n.path("id").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("case " + caseId + " has no notice " + noticeId));
        assertTrue("notice " + noticeId + " delivered", notice.path("delivered").asBoolean());
        assertEquals("address of notice " + noticeId, BOARD_MAIL, notice.path("address").asText());
        Mailbox.Mail mail = mailbox.await(BOARD_MAIL, m -> m.acknowledges(noticeId), 1, "notice " + noticeId,
                QUICKLY).get(0);
        EmergencyE2E.assertNoConsulterWords(mail, "the board's mail of notice " + noticeId);
        awaitText(console, caseSelector + " table.notices tr[data-id='" + noticeId + "'] td:nth-child(4) .countdown",
                t -> COUNTING_DOWN.matcher(t).matches(), "the acknowledgement countdown of notice " + noticeId);
        String notifyStep = caseSelector + " li.step[data-index='" + notify + "']";
        waitFor(console, PAGE_STEP, "step " + notify + " (the notice) done once delivered")
                .until(d -> hasClass(d, notifyStep, "done") && text(d, notifyStep).contains("自動送信"));

        // the counselor records the police step and marks it done
        String policeStep = caseSelector + " li.step[data-index='" + police + "']";
        int policeIndex = police;
        waitFor(console, PAGE_STEP, "recording step " + police + " of case " + caseId).until(d -> {
            if (hasClass(d, policeStep, "done")) {
                return true;
            }
            // a live event may re-render the case under the typing hands: the draft survives, the element does not
            WebElement area = first(d, policeStep + " form.step-done textarea");
            WebElement done = first(d, policeStep + " form.step-done button[type='submit']");
            if (area == null || done == null || !done.isEnabled()) {
                return false;
            }
            if (!POLICE_RECORD.equals(area.getAttribute("value"))) {
                area.clear();
                area.sendKeys(POLICE_RECORD);
            }
            assertEquals("完了", done.getText());
            done.click(); // once: a stale button throws and is looked up again, a clicked one is not clicked twice
            return true;
        });
        awaitText(console, policeStep + " .record", POLICE_RECORD::equals, "the record of step " + police + " shown");
        assertTrue("step " + police + " shows when it was done",
                text(console, policeStep + " .step-facts").contains("完了 "));
        assertTrue("no countdown on the done step " + police, first(console, policeCountdown) == null);
        JsonNode policeDone = get(counselor, api("/cases/" + caseId)).path("steps").get(policeIndex);
        assertEquals("step " + police + " done by", counselor.id(), policeDone.path("doneBy").asText());
        assertEquals("record of step " + police + " as stored", POLICE_RECORD, policeDone.path("record").asText());

        screenshots(console, "console-case", "#case-panel", "#conversation-panel");

        // ---- the lead ----
        JsonNode alert = Await.until("a HIGH_RISK_MESSAGE alert on " + pupilCid, QUICKLY, () -> stream(
                get(lead, api("/alerts?unseen=true"))).filter(a -> "HIGH_RISK_MESSAGE".equals(a.path("kind").asText())
                && pupilCid.equals(a.path("conversationId").asText())).findFirst().orElse(null));
        String alertId = alert.path("id").asText();

        WebDriver board = browsers.open("board", DESKTOP);
        board.get(base + "/console/board");
        logIn(board, lead);
        String boardCase = "#cases details.case-item[data-id='" + caseId + "']";
        awaitText(board, boardCase + " summary .next-step .countdown", t -> COUNTING_DOWN.matcher(t).matches(),
                "case " + caseId + " on the board with the countdown of its next step");
        String summary = text(board, boardCase + " summary");
        assertTrue("the case summary names the conversation " + pupilCid + " and the case by their ids",
                summary.contains(pupilCid.substring(0, 8)) && summary.contains(caseId.substring(0, 8)));
        assertTrue("the case summary counts the unacknowledged notice", summary.contains("未受領の通知 1件"));
        assertEquals("open cases on the board", "(1)", text(board, "#cases-count"));

        // the queue: the consulter still waiting (the pupil's conversation was claimed)
        awaitText(board, "#queue .queue-item[data-cid='" + waiting.conversationId() + "'] .waiting",
                t -> t.contains("相談 " + waiting.conversationId().substring(0, 8)) && t.contains("待ち "),
                "conversation " + waiting.conversationId() + " waiting in the board's queue");
        assertTrue("the claimed conversation " + pupilCid + " is not in the board's queue",
                first(board, "#queue .queue-item[data-cid='" + pupilCid + "']") == null);

        // the high-risk alert, in Japanese, unseen
        String alertItem = "#alerts li.alert-item.HIGH_RISK_MESSAGE[data-id='" + alertId + "']";
        awaitText(board, alertItem + " strong", "高リスクのメッセージ"::equals, "alert " + alertId + " in Japanese");
        String alertIds = text(board, alertItem + " .ids");
        assertTrue("alert " + alertId + " names conversation " + pupilCid,
                alertIds.contains("相談 " + pupilCid.substring(0, 8)));
        assertFalse("alert " + alertId + " concerns no step", alertIds.contains("手順"));

        // the board as the lead first sees it: the case (collapsed) with its countdown, the queue, the alert
        screenshots(board, "board", null, null);

        // the case expanded: its steps, the police step done, the notice delivered
        click(board, boardCase + " summary", "expanding case " + caseId + " on the board");
        waitFor(board, PAGE_STEP, "case " + caseId + " expanded on the board with step " + police + " done").until(d ->
                first(d, boardCase + "[open] li.step.done[data-index='" + policeIndex + "']") != null
                        && first(d, boardCase + "[open] table.notices tr[data-id='" + noticeId + "']") != null);
        assertTrue("the board shows the notice delivered", text(board, boardCase
                + " table.notices tr[data-id='" + noticeId + "'] td:nth-child(3)").startsWith("配信済み"));

        // 確認: the alert leaves the unseen list, also after the board has read it again
        String updatedBefore = text(board, "#updated");
        waitFor(board, PAGE_STEP, "clicking 確認 on alert " + alertId).until(d -> {
            WebElement seen = first(d, alertItem + " button.seen");
            if (seen == null) {
                return null;
            }
            assertEquals("確認", seen.getText());
            seen.click();
            return true;
        });
        waitFor(board, PAGE_STEP, "alert " + alertId + " gone from the unseen list")
                .until(d -> first(d, alertItem) == null);
        JsonNode seenAlert = Await.until("alert " + alertId + " seen", QUICKLY, () -> stream(
                get(lead, api("/alerts"))).filter(a -> alertId.equals(a.path("id").asText())
                && !EmergencyE2E.absent(a.path("seenAt"))).findFirst().orElse(null));
        assertEquals("alert " + alertId + " seen by", lead.id(), seenAlert.path("seenBy").asText());
        assertTrue("alert " + alertId + " no longer unseen", stream(get(lead, api("/alerts?unseen=true")))
                .noneMatch(a -> alertId.equals(a.path("id").asText())));
        String updatedAfterSeen = text(board, "#updated");
        waitFor(board, PAGE_STEP, "the board read again after alert " + alertId + " was seen").until(d -> {
            String now = text(d, "#updated");
            return !now.isEmpty() && !now.equals(updatedAfterSeen) && !now.equals(updatedBefore);
        });
        assertTrue("alert " + alertId + " stays off the unseen list", first(board, alertItem) == null);

        // the case's audit timeline: opened, the notice sent (naming it), the police step done
        click(board, boardCase + " a.timeline-link", "opening the timeline of case " + caseId);
        awaitVisible(board, "#timeline-panel", PAGE_STEP);
        assertTrue("the timeline names case " + caseId, text(board, "#timeline-case").contains(caseId));
        List<String> actions = waitFor(board, PAGE_STEP, "the timeline of case " + caseId + " with ケース開始, 通知の送信"
                + " (naming " + noticeId + ") and 手順完了, in that order").until(d -> {
            List<String> rows = new ArrayList<>();
            for (WebElement tr : d.findElements(By.cssSelector("#timeline tbody tr"))) {
                List<WebElement> cells = tr.findElements(By.tagName("td"));
                if (cells.size() == 6) {
                    String action = cells.get(1).getText();
                    rows.add("通知の送信".equals(action) && cells.get(4).getText().contains(noticeId)
                            ? action + ":" + noticeId : action);
                }
            }
            int opening = rows.indexOf("ケース開始");
            int sent = rows.indexOf("通知の送信:" + noticeId);
            int done = rows.indexOf("手順完了");
            return opening >= 0 && sent > opening && done > opening ? rows : null;
        });
        assertTrue("every row of the timeline is a case action: " + actions, actions.stream()
                .noneMatch(String::isEmpty));

        // the board holds no conversation text
        String boardPage = board.getPageSource();
        for (String words : CONSULTER_WORDS) {
            assertFalse("the board holds words of a consulter", boardPage.contains(words));
        }
    }

    // ---- the pages ----

    private static void chooseContract(WebDriver console) {
        waitFor(console, PAGE_STEP, "contract " + CONTRACT + " chosen in the console").until(d -> {
            WebElement select = first(d, "#contract");
            if (select == null || first(d, "#contract option[value='" + CONTRACT + "']") == null) {
                return false;
            }
            Select contracts = new Select(select);
            if (!CONTRACT.equals(contracts.getFirstSelectedOption().getAttribute("value"))) {
                contracts.selectByValue(CONTRACT);
            }
            return first(d, "#console-view:not([hidden])") != null;
        });
    }

    private static void awaitClientMessage(WebDriver page, String container, String text) {
        waitFor(page, PAGE_STEP, "the consulter's message shown in " + container).until(d -> d.findElements(
                By.cssSelector(container + " .msg[data-sender='CLIENT']")).stream()
                .anyMatch(m -> m.getText().contains(text)));
    }

    /** The text of the first element matching, "" when there is none; read again if it was re-rendered meanwhile. */
    private static String text(SearchContext page, String selector) {
        return fresh(() -> {
            WebElement e = first(page, selector);
            return e == null ? "" : e.getText();
        });
    }

    private static boolean hasClass(SearchContext page, String selector, String className) {
        return fresh(() -> {
            WebElement e = first(page, selector);
            return e != null && List.of(e.getAttribute("class").split("\\s+")).contains(className);
        });
    }

    /**
     * Looks at the page again when what it found was replaced in the meantime: the console re-renders a case on every
     * live event and the board every five seconds.
     */
    private static <T> T fresh(Supplier<T> look) {
        for (int attempt = 1; ; attempt++) {
            try {
                return look.get();
            } catch (StaleElementReferenceException e) {
                if (attempt == 20) {
                    throw e;
                }
            }
        }
    }

    /** Clicks the first element matching once it is there (looked up again if it was re-rendered). */
    private static void click(WebDriver page, String selector, String what) {
        waitFor(page, PAGE_STEP, what).until(d -> {
            WebElement e = first(d, selector);
            if (e == null || !e.isDisplayed() || !e.isEnabled()) {
                return false;
            }
            e.click();
            return true;
        });
    }

    /** Waits until the first element matching has a text the check accepts; the text is not printed. */
    private static void awaitText(WebDriver page, String selector, Function<String, Boolean> check, String what) {
        waitFor(page, PAGE_STEP, what).until(d -> {
            WebElement e = first(d, selector);
            return e != null && Boolean.TRUE.equals(check.apply(e.getText()));
        });
    }

    // ---- the REST calls (the test's own look at what the pages show) ----

    static String api(String pathInContract) {
        return EmergencyE2E.api(pathInContract);
    }

    static JsonNode get(Platform.Account who, String path) throws IOException {
        return http.get(path, who.token()).expect(200, "GET " + path + " as " + who.login()).json();
    }
}
