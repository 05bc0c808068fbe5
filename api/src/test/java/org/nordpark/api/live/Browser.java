package org.nordpark.api.live;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium in headless mode, driven by Debian's chromedriver, with a fresh
 * profile and everything that would phone home switched off (the build machine has no
 * internet).
 */
final class Browser implements AutoCloseable {

	/** Phone viewport (a common 6.1" phone in CSS pixels). */
	static final Dimension PHONE = new Dimension(390, 844);

	static final Dimension DESKTOP = new Dimension(1366, 900);

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/**
	 * Selenium warns that it has no CDP binding for this Chromium version; WebDriver
	 * itself is fine.
	 */
	private static final java.util.logging.Logger SELENIUM_LOG = quiet("org.openqa.selenium");

	private final ChromeDriver driver;

	private final Path profile;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	static Browser start() {
		require(CHROMIUM, "chromium");
		require(CHROMEDRIVER, "chromium-driver");
		try {
			Path profile = Files.createTempDirectory("nordpark-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.withLogOutput(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
			return new Browser(driver, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static java.util.logging.Logger quiet(String name) {
		java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
		logger.setLevel(java.util.logging.Level.SEVERE);
		return logger;
	}

	private static void require(Path binary, String debianPackage) {
		if (!Files.isExecutable(binary)) {
			throw new IllegalStateException(binary + " not found: install the Debian package " + debianPackage
					+ " (apt-get install -y chromium chromium-driver)");
		}
	}

	WebDriver driver() {
		return this.driver;
	}

	void size(Dimension size) {
		this.driver.manage().window().setSize(size);
	}

	void open(String url) {
		this.driver.get(url);
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	/** Waits until the condition holds (at most the timeout, polling every 100 ms). */
	<T> T await(Duration timeout, String what, Function<WebDriver, T> condition) {
		return new WebDriverWait(this.driver, timeout, Duration.ofMillis(100)).withMessage(what)
			.ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	/** Saves a screenshot of the viewport as {@code target/screenshots/<name>.png}. */
	Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Saves a screenshot of the whole page (the window grown to the page's height). */
	Path fullPageScreenshot(String name, Dimension viewport) {
		long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
		size(new Dimension(viewport.getWidth(), (int) Math.min(height, 8000)));
		try {
			return screenshot(name);
		}
		finally {
			size(viewport);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
			catch (IOException ex) {
				// a leftover temporary profile is harmless
			}
		}
	}

}
