import java.nio.file.*;
import java.util.*;
import org.openqa.selenium.chrome.*;
import org.openqa.selenium.*;

/** Writes source.txt beside each given source.html: Chromium's innerText of the page with scripts off. */
public class Render {
    public static void main(String[] args) throws Exception {
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory("chr"), "--window-size=1280,2000");
        o.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeDriver d = new ChromeDriver(o);
        try {
            d.manage().timeouts().pageLoadTimeout(java.time.Duration.ofSeconds(30));
            for (String a : args) {
                Path p = Path.of(a).toAbsolutePath();
                try { d.get(p.toUri().toString()); } catch (TimeoutException e) { System.err.println("timeout " + a); }
                Object text = d.executeScript("return document.body ? document.body.innerText : ''");
                Files.writeString(p.resolveSibling("source.txt"), String.valueOf(text));
                System.err.println(a + " " + String.valueOf(text).length());
            }
        } finally { d.quit(); }
    }
}
