package org.yorisoi.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * A whole consultation in real browsers (Debian's headless Chromium): in Kyoto's staffed hours a consulter writes
 * on /chat/kyoto, a counselor claims the conversation in /console/, they exchange messages both ways in real time
 * and the counselor closes it with a record; then, out of hours, a second consulter gets the automatic reply and
 * lands on the call-back list. Takes screenshots of both pages at phone and desktop widths.
 */
public class ChatBrowserE2E {

    static final String CONTRACT = "kyoto";
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    static final Duration REAL_TIME = Duration.ofSeconds(10);
    static final Duration PAGE_STEP = Duration.ofSeconds(20);
    static final Dimension MOBILE = new Dimension(390, 844);
    static final Dimension DESKTOP = new Dimension(1280, 800);

    /** Selenium warns that it has no DevTools binding for Debian's Chromium version; this test uses none. */
    static final List<java.util.logging.Logger> QUIETER_SELENIUM = List.of(
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools"),
            java.util.logging.Logger.getLogger("org.openqa.selenium.chromium"));

    private static Distribution distribution;
    private static Platform platform;
    private static Platform.Account counselor;
    private static final List<WebDriver> browsers = new ArrayList<>();

    @BeforeClass
    public static void boot() throws Exception {
        Assume.assumeTrue("Chromium and its driver are needed (Debian packages chromium chromium-driver, which "
                        + ".ci/test installs when run as root): " + CHROMIUM + " / " + CHROMEDRIVER + " missing",
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER));
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
        for (WebDriver b : browsers) {
            b.quit();
        }
        if (distribution != null) {
            distribution.stop();
        }
    }

    static WebDriver browser(Dimension size) {
        QUIETER_SELENIUM.forEach(l -> l.setLevel(java.util.logging.Level.SEVERE));
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--ignore-certificate-errors",
                "--lang=ja", "--window-size=" + size.getWidth() + "," + size.getHeight());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(size);
        browsers.add(driver);
        return driver;
    }

    /** On failure, keeps what every browser showed: target/screenshots/failure-<n>.png and .html. */
    @Rule
    public final TestWatcher keepBrowsersOnFailure = new TestWatcher() {
        @Override
        protected void failed(Throwable e, Description description) {
            for (int i = 0; i < browsers.size(); i++) {
                WebDriver b = browsers.get(i);
                try {
                    Path folder = screenshotFolder();
                    Files.createDirectories(folder);
                    Files.copy(((TakesScreenshot) b).getScreenshotAs(OutputType.FILE).toPath(),
                            folder.resolve("failure-" + i + ".png"), StandardCopyOption.REPLACE_EXISTING);
                    Files.writeString(folder.resolve("failure-" + i + ".html"), b.getPageSource());
                } catch (IOException | RuntimeException ignored) {
                    // a browser that cannot answer any more has nothing to keep
                }
            }
        }
    };

    @Test
    public void staffedConsultationInRealTimeThenOutOfHoursCallBack() throws Exception {
        String base = distribution.baseUrl();

        // the consulter opens the chat in staffed hours, fills the intake, consents and writes
        WebDriver consulter = browser(MOBILE);
        consulter.get(base + "/chat/" + CONTRACT);
        startConversation(consulter);
        String firstWords = "はじめまして。学校のことで相談したいです。";
        send(consulter, "#message-input", "#send", firstWords);
        awaitMessage(consulter, "#messages", "CLIENT", firstWords, PAGE_STEP);

        // the counselor logs in, picks Kyoto, claims the conversation
        WebDriver console = browser(DESKTOP);
        console.get(base + "/console/");
        logIn(console, counselor);
        awaitVisible(console, "#contract option[value='" + CONTRACT + "']", PAGE_STEP);
        Select contracts = new Select(console.findElement(By.cssSelector("#contract")));
        if (!CONTRACT.equals(contracts.getFirstSelectedOption().getAttribute("value"))) {
            contracts.selectByValue(CONTRACT);
        }
        // the queue is re-rendered on every live event: find and click in one step, again if the item was replaced
        String conversationId = wait(console, PAGE_STEP).until(d -> {
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

        screenshots(consulter, "chat");
        screenshots(console, "console");

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

        WebDriver secondConsulter = browser(MOBILE);
        secondConsulter.get(base + "/chat/" + CONTRACT);
        startConversation(secondConsulter);
        String outOfHoursWords = "夜に話を聞いてほしいです。";
        send(secondConsulter, "#message-input", "#send", outOfHoursWords);
        awaitMessage(secondConsulter, "#messages", "CLIENT", outOfHoursWords, PAGE_STEP);
        wait(secondConsulter, REAL_TIME).until(d -> first(d, "#messages .msg[data-sender='SYSTEM']"));
        screenshots(secondConsulter, "chat-out-of-hours");

        String callBackId = awaitNewCallBack(nextDayToken, callBacksBefore);
        console.navigate().refresh();
        wait(console, PAGE_STEP).until(d -> first(d, "#login-view:not([hidden]) #login, #console-view:not([hidden])"));
        if (first(console, "#login-view:not([hidden]) #login") != null) {
            logIn(console, counselor);
        }
        WebDriverWait callBacksShown = wait(console, PAGE_STEP);
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
        screenshots(console, "console-callbacks");
    }

    private static void startConversation(WebDriver page) {
        await(page, "#intake-form", PAGE_STEP);
        await(page, "#availability", PAGE_STEP);
        WebElement consent = awaitVisible(page, "#consent", PAGE_STEP);
        if (!consent.isSelected()) {
            ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block:'center'})", consent);
            consent.click();
        }
        page.findElement(By.cssSelector("#start")).click();
        wait(page, PAGE_STEP).until(d -> {
            WebElement input = first(d, "#message-input");
            return input != null && input.isDisplayed() && input.isEnabled() ? input : null;
        });
    }

    private static void logIn(WebDriver console, Platform.Account account) {
        await(console, "#login", PAGE_STEP).sendKeys(account.login());
        console.findElement(By.cssSelector("#password")).sendKeys(account.password());
        console.findElement(By.cssSelector("#login-submit")).click();
    }

    private static void send(WebDriver page, String input, String button, String text) {
        WebElement field = await(page, input, PAGE_STEP);
        field.clear();
        field.sendKeys(text);
        page.findElement(By.cssSelector(button)).click();
    }

    /** Waits for a {@code .msg} of the sender with the text inside {@code container}. */
    private static void awaitMessage(WebDriver page, String container, String sender, String text, Duration within) {
        String selector = container + " .msg[data-sender='" + sender + "']";
        try {
            wait(page, within).until(d -> d.findElements(By.cssSelector(selector)).stream()
                    .anyMatch(m -> m.getText().contains(text)));
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

    /** Saves the page at phone and desktop widths into target/screenshots/<name>-mobile.png / -desktop.png. */
    private static void screenshots(WebDriver page, String name) throws IOException {
        Path folder = screenshotFolder();
        Files.createDirectories(folder);
        Dimension original = page.manage().window().getSize();
        for (var size : List.of(new Object[] {"mobile", MOBILE}, new Object[] {"desktop", DESKTOP})) {
            viewport(page, (Dimension) size[1]);
            File shot = ((TakesScreenshot) page).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + "-" + size[0] + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        page.manage().window().setSize(original);
    }

    /** Sizes the window so that the page itself (the viewport, without the browser's frame) has the given size. */
    static void viewport(WebDriver page, Dimension size) {
        page.manage().window().setSize(size);
        JavascriptExecutor js = (JavascriptExecutor) page;
        long width = ((Number) js.executeScript("return window.innerWidth")).longValue();
        long height = ((Number) js.executeScript("return window.innerHeight")).longValue();
        page.manage().window().setSize(new Dimension(2 * size.getWidth() - (int) width,
                2 * size.getHeight() - (int) height));
    }

    static Path screenshotFolder() {
        String configured = System.getProperty("yorisoi.e2e.screenshots");
        return configured == null || configured.startsWith("${") ? Paths.get("target/screenshots")
                : Paths.get(configured);
    }

    private static WebDriverWait wait(WebDriver page, Duration within) {
        WebDriverWait w = new WebDriverWait(page, within, Duration.ofMillis(100));
        w.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return w;
    }

    private static WebElement first(WebDriver page, String selector) {
        List<WebElement> found = page.findElements(By.cssSelector(selector));
        return found.isEmpty() ? null : found.get(0);
    }

    private static WebElement awaitVisible(WebDriver page, String selector, Duration within) {
        try {
            return wait(page, within).until(d -> {
                WebElement e = first(d, selector);
                return e != null && e.isDisplayed() ? e : null;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(selector + " was not shown within " + within + " on " + page.getCurrentUrl(), e);
        }
    }

    private static WebElement await(WebDriver page, String selector, Duration within) {
        try {
            return wait(page, within).until(d -> first(d, selector));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(selector + " did not appear within " + within + " on " + page.getCurrentUrl(), e);
        }
    }
}
