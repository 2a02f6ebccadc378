package org.rightstracker.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium window, with the few things the journey does in it: open a page, type, click,
 * wait for the page to say something, and save a screenshot.
 */
final class BrowserWindow implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final ChromeDriverService service;
    private final WebDriver driver;
    private final PackagedServer server;
    private final WebDriverWait wait;

    private BrowserWindow(ChromeDriverService service, WebDriver driver, PackagedServer server) {
        this.service = service;
        this.driver = driver;
        this.server = server;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Fails, never skips, when the browser is not installed: a skipped journey proves nothing. */
    static void requireChromium() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser suite needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get update && apt-get install -y chromium chromium-driver");
        }
    }

    static BrowserWindow open(PackagedServer server) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1440,1000",
                "--hide-scrollbars",
                "--lang=en-GB");
        // The console tells whether the Content-Security-Policy blocked anything the pages rely on.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new BrowserWindow(service, new ChromeDriver(service, options), server);
    }

    void go(String path) {
        driver.get(server.url(path));
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date input directly: typing into one depends on the browser's locale. */
    void date(String css, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(css), isoDate);
    }

    void choose(String css, String value) {
        new Select(find(css)).selectByValue(value);
    }

    void click(String css) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Waits until the element shows the text, e.g. after an htmx update. */
    void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    void waitForPath(String regex) {
        wait.until(d -> path().matches(regex));
    }

    String text(String css) {
        return find(css).getText();
    }

    String value(String css) {
        return find(css).getAttribute("value");
    }

    /** Console messages since the last call that say the Content-Security-Policy refused something. */
    List<String> policyViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .toList();
    }

    WebDriver driver() {
        return driver;
    }

    String source() {
        return driver.getPageSource();
    }

    /** Saves the whole page (not just the window) as target/screenshots/{name}.png; the name may hold folders. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Dimension window = driver.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) driver)
                .executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(window.getWidth(), Math.min(height.intValue() + 40, 8000)));
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.createDirectories(target.getParent());
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(target, png);
        driver.manage().window().setSize(window);
        return target;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
