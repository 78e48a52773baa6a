package org.yorisoi.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

/**
 * A whole consultation in real browsers (Debian's headless Chromium): in Kyoto's staffed hours a consulter writes
 * on /chat/kyoto, a counselor claims the conversation in /console/, they exchange messages both ways in real time
 * and the counselor closes it with a record; then, out of hours, a second consulter gets the automatic reply and
 * lands on the call-back list. Takes screenshots of both pages at phone and desktop widths.
 */
public class ChatBrowserE2E {

    static final String CONTRACT = "kyoto";
    static final Duration REAL_TIME = Duration.ofSeconds(10);

    private static Distribution distribution;
    private static Platform platform;
    private static Platform.Account counselor;
    private static final Browsers browsers = new Browsers();

    @BeforeClass
    public static void boot() throws Exception {
        Browsers.assumeInstalled();
        distribution = Distribution.unpack("browser");
        distribution.awaitAlsoOnStart("/api/v1/chat/" + CONTRACT + "/intake", "/chat/" + CONTRACT, "/console/");
        distribution.clockAt(DistributionE2E.KYOTO_FRIDAY_EVENING);
        distribution.start();
        platform = new Platform(distribution.http());
        platform.takeOverFirstAdmin(distribution);
        Platform.Account manager = platform.createStaff("kyoto-manager-e2e", "京都 管理者", CONTRACT, "CONTRACT_MANAGER");
        counselor = platform.createStaff("kyoto-counselor-e2e", "京都 相談員", CONTRACT, "COUNSELOR");
        platform.assignShift(manager, CONTRACT, counselor, "COUNSELOR",
                DistributionE2E.KYOTO_FRIDAY_EVENING.withHour(17), DistributionE2E.KYOTO_FRIDAY_EVENING.withHour(22));
        platform.awaitHumanStaffed(CONTRACT, true, Duration.ofSeconds(30));
    }

    @AfterClass
    public static void shutDown() throws Exception {
        browsers.close();
        if (distribution != null) {
            distribution.stop();
        }
    }

    /** On failure, keeps what every browser showed: target/screenshots/failure-chat-<role>.png and .html. */
    @Rule
    public final TestWatcher keepBrowsersOnFailure = browsers.keepOnFailure("chat");

    @Test
    public void staffedConsultationInRealTimeThenOutOfHoursCallBack() throws Exception {
        String base = distribution.baseUrl();

        // the consulter opens the chat in staffed hours, fills the intake, consents and writes
        WebDriver consulter = browsers.open("consulter", MOBILE);
        consulter.get(base + "/chat/" + CONTRACT);
        startConversation(consulter, Map.of());
        String firstWords = "はじめまして。学校のことで相談したいです。";
        send(consulter, "#message-input", "#send", firstWords);
        awaitMessage(consulter, "#messages", "CLIENT", firstWords, PAGE_STEP);

        // the counselor logs in, picks Kyoto, claims the conversation
        WebDriver console = browsers.open("console", DESKTOP);
        console.get(base + "/console/");
        logIn(console, counselor);
        awaitVisible(console, "#contract option[value='" + CONTRACT + "']", PAGE_STEP);
        Select contracts = new Select(console.findElement(By.cssSelector("#contract")));
        if (!CONTRACT.equals(contracts.getFirstSelectedOption().getAttribute("value"))) {
            contracts.selectByValue(CONTRACT);
        }
        // the queue is re-rendered on every live event: find and click in one step, again if the item was replaced
        String conversationId = waitFor(console, PAGE_STEP, "a conversation claimed from the queue").until(d -> {
            WebElement queued = first(d, "#queue .queue-item[data-cid]");
            if (queued == null) {
                return null;
            }
            String cid = queued.getAttribute("data-cid");
            queued.findElement(By.cssSelector(".claim")).click();
            return cid;
        });
        awaitMessage(console, "#transcript", "CLIENT", firstWords, PAGE_STEP);

        // counselor → consulter, in real time
        String reply = "こんばんは。相談員です。どんなことがありましたか。";
        send(console, "#reply-input", "#reply-send", reply);
        awaitMessage(consulter, "#messages", "COUNSELOR", reply, REAL_TIME);

        // consulter → counselor, in real time
        String answer = "クラスの友だちに無視されています。";
        send(consulter, "#message-input", "#send", answer);
        awaitMessage(console, "#transcript", "COUNSELOR", reply, PAGE_STEP);
        awaitMessage(console, "#transcript", "CLIENT", answer, REAL_TIME);
        assertSeqIncreasing(consulter, "#messages");

        screenshots(consulter, "chat", null, null);
        screenshots(console, "console", null, null);

        // the counselor closes with the record the contract asks for
        await(console, "#close-form", PAGE_STEP);
        console.findElement(By.cssSelector("#main-complaint")).sendKeys("クラスでの無視");
        console.findElement(By.cssSelector("#advice")).sendKeys("担任の先生に話すことを一緒に考えた");
        new Select(console.findElement(By.cssSelector("#category"))).selectByValue("BULLYING");
        new Select(console.findElement(By.cssSelector("#urgency"))).selectByValue("LOW");
        console.findElement(By.cssSelector("#close-submit")).click();

        JsonNode record = awaitRecord(conversationId);
        assertEquals("BULLYING", record.path("category").asText());
        assertEquals("LOW", record.path("urgency").asText());
        assertEquals("クラスでの無視", record.path("mainComplaint").asText());

        // out of hours: a second consulter gets the automatic reply and goes on the call-back list
        Set<String> callBacksBefore = openCallBackIds(counselor.token());
        distribution.clockAt(DistributionE2E.KYOTO_SATURDAY_MORNING);
        platform.awaitHumanStaffed(CONTRACT, false, Duration.ofSeconds(60));
        // sixteen hours later the counselor's sessions have ended (idle time-out): a new day, a new login
        String nextDayToken = platform.login(counselor.login(), counselor.password());

        WebDriver secondConsulter = browsers.open("consulter-out-of-hours", MOBILE);
        secondConsulter.get(base + "/chat/" + CONTRACT);
        startConversation(secondConsulter, Map.of());
        String outOfHoursWords = "夜に話を聞いてほしいです。";
        send(secondConsulter, "#message-input", "#send", outOfHoursWords);
        awaitMessage(secondConsulter, "#messages", "CLIENT", outOfHoursWords, PAGE_STEP);
        waitFor(secondConsulter, REAL_TIME, "the automatic reply out of hours")
                .until(d -> first(d, "#messages .msg[data-sender='SYSTEM']"));
        screenshots(secondConsulter, "chat-out-of-hours", null, null);

        String callBackId = awaitNewCallBack(nextDayToken, callBacksBefore);
        console.navigate().refresh();
        waitFor(console, PAGE_STEP, "the console reloaded")
                .until(d -> first(d, "#login-view:not([hidden]) #login, #console-view:not([hidden])"));
        if (first(console, "#login-view:not([hidden]) #login") != null) {
            logIn(console, counselor);
        }
        WebDriverWait callBacksShown = waitFor(console, PAGE_STEP, "call-back " + callBackId + " listed");
        callBacksShown.until(d -> {
            List<WebElement> contract = d.findElements(By.cssSelector("#contract"));
            if (!contract.isEmpty()) {
                Select select = new Select(contract.get(0));
                if (!CONTRACT.equals(select.getFirstSelectedOption().getAttribute("value"))) {
                    select.selectByValue(CONTRACT);
                }
            }
            List<WebElement> list = d.findElements(By.cssSelector("#callbacks"));
            return !list.isEmpty() && list.get(0).getAttribute("innerHTML").contains(callBackId);
        });
        screenshots(console, "console-callbacks", null, null);
    }

    /** Waits for a {@code .msg} of the sender with the text inside {@code container}. */
    private static void awaitMessage(WebDriver page, String container, String sender, String text, Duration within) {
        String selector = container + " .msg[data-sender='" + sender + "']";
        try {
            waitFor(page, within, "a " + sender + " message in " + container).until(d -> d.findElements(
                    By.cssSelector(selector)).stream().anyMatch(m -> m.getText().contains(text)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no " + sender + " message with the expected text in " + container
                    + " within " + within + " on " + page.getCurrentUrl(), e);
        }
    }

    private static void assertSeqIncreasing(WebDriver page, String container) {
        long previous = Long.MIN_VALUE;
        for (WebElement m : page.findElements(By.cssSelector(container + " .msg[data-seq]"))) {
            long seq = Long.parseLong(m.getAttribute("data-seq"));
            assertTrue("messages shown in order, each once: seq " + seq + " after " + previous, seq > previous);
            previous = seq;
        }
    }

    private JsonNode awaitRecord(String conversationId) throws IOException, InterruptedException {
        String path = Platform.API + "/contracts/" + CONTRACT + "/conversations/" + conversationId + "/record";
        long deadline = System.nanoTime() + PAGE_STEP.toNanos();
        Http.Response last = null;
        while (System.nanoTime() < deadline) {
            last = distribution.http().get(path, counselor.token());
            if (last.status() == 200) {
                return last.json();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the closing record of " + conversationId + " was not stored: " + last);
    }

    private Set<String> openCallBackIds(String token) throws IOException {
        JsonNode list = distribution.http().get(Platform.API + "/contracts/" + CONTRACT + "/callbacks?open=true",
                token).expect(200, "open call-backs").json();
        Set<String> ids = new HashSet<>();
        for (JsonNode c : list) {
            ids.add(c.path("conversationId").asText());
        }
        return ids;
    }

    private String awaitNewCallBack(String token, Set<String> before) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PAGE_STEP.toNanos();
        Set<String> now = before;
        while (System.nanoTime() < deadline) {
            now = openCallBackIds(token);
            now.removeAll(before);
            if (!now.isEmpty()) {
                assertFalse(now.contains(""));
                return now.iterator().next();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the out-of-hours conversation did not appear in the open call-backs");
    }
}
