package org.lectern.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with the flags this machine needs, and screenshots saved under
 * {@code target/screenshots/<journey>/}.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;
    private final String baseUrl;
    private final Path downloads;
    private int shot;

    public Browser(String baseUrl, String journey) {
        this(baseUrl, journey, null);
    }

    /** A browser that saves every download into {@code downloads}, asking nothing; {@code null} for none. */
    public Browser(String baseUrl, String journey, Path downloads) {
        this.baseUrl = baseUrl;
        this.downloads = downloads == null ? null : downloads.toAbsolutePath();
        this.screenshots = Path.of("target", "screenshots", journey);
        try {
            deleteTree(screenshots);
            Files.createDirectories(screenshots);
            this.profile = Files.createTempDirectory("lectern-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
        if (this.downloads != null) {
            options.setExperimentalOption("prefs", Map.of("download.default_directory", this.downloads.toString(),
                    "download.prompt_for_download", false));
        }
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        if (this.downloads != null) {
            // Headless Chromium may ignore the profile's download folder; the DevTools command settles it.
            driver.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", this.downloads.toString()));
        }
    }

    /**
     * Waits for a finished download whose name starts with {@code prefix} and returns it. Chromium writes into a
     * {@code .crdownload} file and renames it when done, so a file under its own name is complete.
     */
    public Path download(String prefix) {
        if (downloads == null) {
            throw new IllegalStateException("this browser was opened without a download folder");
        }
        return until("download a file starting with " + prefix, d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                        .filter(f -> !f.getFileName().toString().endsWith(".crdownload")).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Waits until an element is visible; Vaadin renders after the page has loaded. */
    public WebElement waitFor(By locator) {
        return until("see " + locator, ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void waitForUrlEnding(String suffix) {
        until("reach an address ending in " + suffix, d -> d.getCurrentUrl().endsWith(suffix));
    }

    /** Waits for a condition; on time-out saves a screenshot and says where the browser was. */
    public <T> T until(String goal, Function<WebDriver, T> condition) {
        try {
            // Vaadin re-renders parts of a page after a round trip, so an element found a moment ago may be gone.
            return new WebDriverWait(driver, Duration.ofSeconds(30))
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(ElementClickInterceptedException.class).until(condition);
        } catch (TimeoutException e) {
            var picture = screenshot("timed-out");
            throw new AssertionError("Timed out waiting to " + goal + "; the browser was at "
                    + driver.getCurrentUrl() + " (screenshot " + picture + ")", e);
        }
    }

    /** Signs in through the login page and waits for the start page. */
    public void signIn(String username, String password) {
        open("/login");
        waitFor(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys(username);
        var field = waitFor(By.cssSelector("vaadin-password-field[name='password'] input"));
        field.sendKeys(password);
        field.sendKeys(Keys.ENTER);
        until("leave the login page", d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Clicks the first visible button whose text is exactly {@code text}. */
    public void clickButton(String text) {
        clickButtonWhere("click the button " + text, label -> label.equals(text));
    }

    /** Clicks a Vaadin button or a plain HTML button with exactly this text. */
    public void clickButtonOrNative(String text) {
        until("click " + text, d -> {
            for (var button : d.findElements(By.cssSelector("vaadin-button, button"))) {
                if (button.isDisplayed() && button.getText().strip().equals(text)) {
                    button.click();
                    return true;
                }
            }
            return false;
        });
    }

    public void clickButtonStartingWith(String prefix) {
        clickButtonWhere("click a button starting with " + prefix, label -> label.startsWith(prefix));
    }

    private void clickButtonWhere(String goal, Predicate<String> label) {
        until(goal, d -> {
            for (var button : d.findElements(By.tagName("vaadin-button"))) {
                if (button.isDisplayed() && label.test(button.getText().strip())) {
                    // Centre it first: the sticky header or a notification may cover an element at the edge.
                    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
                    button.click();
                    return true;
                }
            }
            return false;
        });
    }

    /** The text input of the Vaadin field (text field, combo box, date picker...) with this label. */
    public WebElement field(String tag, String label) {
        return waitFor(By.xpath("//" + tag + "[label[normalize-space()='" + label + "']]/input[@slot='input']"));
    }

    /** Picks an item in a combo box by typing part of its label, as a keyboard user would. */
    public void choose(String tag, String label, String typed) {
        var input = field(tag, label);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(typed);
        until("see the items matching " + typed, d -> d.findElements(
                By.cssSelector("vaadin-combo-box-item, vaadin-multi-select-combo-box-item")).stream()
                .anyMatch(item -> item.isDisplayed() && item.getText().contains(typed)));
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.TAB);
        // A single-select box shows the chosen label; a multi-select one shows a chip.
        until("choose " + typed + " in " + label, d -> {
            var box = d.findElement(By.xpath("//" + tag + "[label[normalize-space()='" + label + "']]"));
            return box.getText().contains(typed) || String.valueOf(box.findElement(By.xpath("./input[@slot='input']"))
                    .getDomProperty("value")).contains(typed);
        });
    }

    /** Waits until an input shows the value, which means the server round trip is done. */
    public void waitForValue(By locator, String value) {
        until("see the value " + value, d -> value.equals(d.findElement(locator).getDomProperty("value")));
    }

    /** Chooses the radio button with this label, by clicking it as a student would. */
    public void chooseRadio(String label) {
        until("choose " + label, d -> {
            for (var radio : d.findElements(By.cssSelector("vaadin-radio-button"))) {
                if (radio.isDisplayed() && radio.getText().strip().equals(label)) {
                    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", radio);
                    radio.findElement(By.cssSelector("label")).click();
                    return true;
                }
            }
            return false;
        });
    }

    /** The labels of the radio buttons shown, read again if Vaadin re-renders them meanwhile. */
    public java.util.List<String> radioLabels() {
        return until("read the options", d -> {
            var labels = d.findElements(By.cssSelector("vaadin-radio-button")).stream()
                    .filter(WebElement::isDisplayed).map(r -> r.getText().strip()).toList();
            return labels.isEmpty() ? null : labels;
        });
    }

    /** The label of the checked radio button, or empty when none is checked. */
    public String checkedRadio() {
        return driver.findElements(By.cssSelector("vaadin-radio-button[checked]")).stream()
                .map(r -> r.getText().strip()).findFirst().orElse("");
    }

    public void phoneSize() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    public void desktopSize() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    public Path screenshot(String name) {
        var target = screenshots.resolve(String.format("%02d-%s.png", ++shot, name));
        try {
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    @Override
    public void close() {
        driver.quit();
        try {
            deleteTree(profile);
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
