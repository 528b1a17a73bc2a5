package jp.jusou.graph.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven through its chromedriver, headless, with no calls out (closed
 * network). Where either is missing the calling test class is skipped with the command
 * that installs them.
 */
public final class HeadlessChromium {

	static final Path CHROMIUM = Path.of(System.getProperty("jusou.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("jusou.chromedriver", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private HeadlessChromium() {
	}

	public static ChromeDriver start() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files
			.isExecutable(CHROMEDRIVER), "Browser tests skipped: Chromium not found. Install it with "
					+ "`sudo apt-get install chromium chromium-driver fonts-noto-cjk` (or set -Djusou.chromium and -Djusou.chromedriver)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1000", "--lang=ja");
		// the date fields' format follows the browser's own locale, as on a Japanese
		// desktop
		return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.withEnvironment(Map.of("LANG", "ja_JP.UTF-8", "LANGUAGE", "ja"))
			.build(), options);
	}

	/**
	 * Writes what one element shows to target/screenshots/NAME.png (NAME may hold a
	 * folder).
	 */
	public static void screenshot(WebElement element, String name) throws IOException {
		Path to = SCREENSHOTS.resolve(name + ".png");
		Files.createDirectories(to.getParent());
		Files.copy(element.getScreenshotAs(OutputType.FILE).toPath(), to, StandardCopyOption.REPLACE_EXISTING);
	}

	/** Writes what the browser shows to target/screenshots/NAME.png. */
	public static void screenshot(ChromeDriver browser, String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
