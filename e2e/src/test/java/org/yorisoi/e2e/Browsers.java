package org.yorisoi.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.Assume;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browsers of the browser tests (Debian's headless Chromium), named by the role they play, and the few ways the
 * tests drive and wait on the platform's pages. Waits name what they waited for by ids only, never page text.
 */
final class Browsers implements AutoCloseable {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    static final Duration PAGE_STEP = Duration.ofSeconds(20);
    static final Dimension MOBILE = new Dimension(390, 844);
    static final Dimension DESKTOP = new Dimension(1280, 800);

    /** Selenium warns that it has no DevTools binding for Debian's Chromium version; the tests use none. */
    private static final List<Logger> QUIETER_SELENIUM = List.of(Logger.getLogger("org.openqa.selenium.devtools"),
            Logger.getLogger("org.openqa.selenium.chromium"));

    private final Map<String, WebDriver> open = new LinkedHashMap<>();

    /** Skips the test class when Chromium or its driver is missing (.ci/test installs them when run as root). */
    static void assumeInstalled() {
        Assume.assumeTrue("Chromium and its driver are needed (Debian packages chromium chromium-driver, which "
                        + ".ci/test installs when run as root): " + CHROMIUM + " / " + CHROMEDRIVER + " missing",
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER));
    }

    /** A new browser for a role (its name in failure files), with a page of the given size. */
    synchronized WebDriver open(String role, Dimension size) {
        QUIETER_SELENIUM.forEach(l -> l.setLevel(Level.SEVERE));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--ignore-certificate-errors",
                "--lang=ja", "--window-size=" + size.getWidth() + "," + size.getHeight());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(size);
        open.put(role, driver);
        return driver;
    }

    /** On failure, keeps what every browser showed: target/screenshots/failure-<prefix>-<role>.png and .html. */
    TestWatcher keepOnFailure(String prefix) {
        return new TestWatcher() {
            @Override
            protected void failed(Throwable e, Description description) {
                open.forEach((role, b) -> {
                    try {
                        Path folder = screenshotFolder();
                        Files.createDirectories(folder);
                        Files.copy(((TakesScreenshot) b).getScreenshotAs(OutputType.FILE).toPath(),
                                folder.resolve("failure-" + prefix + "-" + role + ".png"),
                                StandardCopyOption.REPLACE_EXISTING);
                        Files.writeString(folder.resolve("failure-" + prefix + "-" + role + ".html"), b.getPageSource());
                    } catch (IOException | RuntimeException ignored) {
                        // a browser that cannot answer any more has nothing to keep
                    }
                });
            }
        };
    }

    @Override
    public synchronized void close() {
        for (WebDriver b : open.values()) {
            try {
                b.quit();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
        open.clear();
    }

    // ---- pages ----

    /** Fills the intake with the given answers (attribute key → option code), consents and starts. */
    static void startConversation(WebDriver page, Map<String, String> answers) {
        await(page, "#intake-form", PAGE_STEP);
        await(page, "#availability", PAGE_STEP);
        answers.forEach((key, code) -> new Select(await(page, "#attr-" + key, PAGE_STEP)).selectByValue(code));
        WebElement consent = awaitVisible(page, "#consent", PAGE_STEP);
        if (!consent.isSelected()) {
            ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block:'center'})", consent);
            consent.click();
        }
        page.findElement(By.cssSelector("#start")).click();
        waitFor(page, PAGE_STEP, "the message field after starting").until(d -> {
            WebElement input = first(d, "#message-input");
            return input != null && input.isDisplayed() && input.isEnabled();
        });
    }

    static void logIn(WebDriver page, Platform.Account account) {
        awaitVisible(page, "#login", PAGE_STEP).sendKeys(account.login());
        page.findElement(By.cssSelector("#password")).sendKeys(account.password());
        page.findElement(By.cssSelector("#login-submit")).click();
    }

    static void send(WebDriver page, String input, String button, String text) {
        WebElement field = await(page, input, PAGE_STEP);
        field.clear();
        field.sendKeys(text);
        page.findElement(By.cssSelector(button)).click();
    }

    // ---- screenshots ----

    /**
     * Saves the page at phone and desktop widths into target/screenshots/<name>-mobile.png / -desktop.png, scrolled
     * to the element of a selector at each width (null: the top of the page).
     */
    static void screenshots(WebDriver page, String name, String mobileScroll, String desktopScroll) throws IOException {
        Path folder = screenshotFolder();
        Files.createDirectories(folder);
        Dimension original = page.manage().window().getSize();
        for (var size : List.of(new Object[] {"mobile", MOBILE, mobileScroll},
                new Object[] {"desktop", DESKTOP, desktopScroll})) {
            viewport(page, (Dimension) size[1]);
            JavascriptExecutor js = (JavascriptExecutor) page;
            if (size[2] == null) {
                js.executeScript("window.scrollTo(0, 0)");
            } else {
                js.executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'start'})", size[2]);
            }
            Files.copy(((TakesScreenshot) page).getScreenshotAs(OutputType.FILE).toPath(),
                    folder.resolve(name + "-" + size[0] + ".png"), StandardCopyOption.REPLACE_EXISTING);
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

    // ---- waiting on the DOM ----

    /** A wait that polls every 100 ms, sees through re-rendered elements and names what it waited for (ids only). */
    static WebDriverWait waitFor(WebDriver page, Duration within, String what) {
        WebDriverWait w = new WebDriverWait(page, within, Duration.ofMillis(100));
        w.ignoring(StaleElementReferenceException.class);
        w.withMessage(() -> what + " on " + page.getCurrentUrl());
        return w;
    }

    static WebElement first(SearchContext page, String selector) {
        List<WebElement> found = page.findElements(By.cssSelector(selector));
        return found.isEmpty() ? null : found.get(0);
    }

    static WebElement awaitVisible(WebDriver page, String selector, Duration within) {
        try {
            return waitFor(page, within, selector + " shown").until(d -> {
                WebElement e = first(d, selector);
                return e != null && e.isDisplayed() ? e : null;
            });
        } catch (TimeoutException e) {
            throw new AssertionError(selector + " was not shown within " + within + " on " + page.getCurrentUrl(), e);
        }
    }

    static WebElement await(WebDriver page, String selector, Duration within) {
        try {
            return waitFor(page, within, selector + " present").until(d -> first(d, selector));
        } catch (TimeoutException e) {
            throw new AssertionError(selector + " did not appear within " + within + " on " + page.getCurrentUrl(), e);
        }
    }
}
