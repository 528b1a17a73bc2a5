package jp.jusou.graph.workspace;

import jp.jusou.graph.support.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person does on the workspace's pages, as the browser tests say it: sign in with
 * a purpose, open a page, fill a form's fields by the paths they send, record, and read
 * the answer.
 */
final class WorkspacePage {

	private final ChromeDriver browser;

	private final WebDriverWait wait;

	private final DemoUsers users;

	WorkspacePage(ChromeDriver browser, WebDriverWait wait, DemoUsers users) {
		this.browser = browser;
		this.wait = wait;
		this.users = users;
	}

	/**
	 * Signs in on the sign-in page with a purpose ("" for none), whoever was signed in
	 * leaving first, and waits for the page.
	 */
	void signIn(String username, String purpose) {
		browser.get(users.root() + "/signin");
		browser.manage().deleteAllCookies();
		browser.get(users.root() + "/signin");
		fillSignIn(username, "demo");
		wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#purpose option"), 1));
		new Select(browser.findElement(By.id("purpose"))).selectByValue(purpose);
		browser.findElement(By.cssSelector("#signin-form button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "（"));
	}

	/**
	 * Tries a password on the sign-in page and answers what the page says back (a wrong
	 * password, the brake's wait).
	 */
	String trySignIn(String username, String password) {
		browser.get(users.root() + "/signin");
		fillSignIn(username, password);
		browser.findElement(By.cssSelector("#signin-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages p")));
		return browser.findElement(By.id("messages")).getText();
	}

	private void fillSignIn(String username, String password) {
		wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("csrf")), "value"));
		browser.findElement(By.id("username")).clear();
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
	}

	/**
	 * Waits until the page has no request under way and its text has stopped changing,
	 * and answers what it says: the text shown, and the placeholders, titles and labels a
	 * screen reader says.
	 */
	String settledText() {
		String[] last = { "" };
		wait.pollingEvery(java.time.Duration.ofMillis(400)).until(page -> {
			Object now = browser.executeScript(
					"""
							if (document.readyState !== 'complete' || document.body.getAttribute('aria-busy') === 'true') return null;
							const said = [...document.querySelectorAll('[placeholder], [title], [aria-label], img[alt]')]
							  .map((e) => [e.getAttribute('placeholder'), e.getAttribute('title'), e.getAttribute('aria-label'),
							    e.getAttribute('alt')].filter(Boolean).join(' '));
							return document.body.innerText + '\\n' + said.join('\\n');""");
			boolean same = now != null && now.equals(last[0]);
			last[0] = now == null ? "" : (String) now;
			return same;
		});
		return last[0];
	}

	/** Opens {@code /record}, for a household or none, and waits for its forms. */
	void openRecord(String householdId, String firstForm) {
		browser.get(users.root() + "/record" + (householdId == null ? "" : "?household=" + householdId));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id(firstForm + "-form")));
	}

	/**
	 * The control of a form's field, by the path it sends ({@code newHousehold.address}).
	 */
	WebElement field(String form, String path) {
		return browser.findElement(By.cssSelector("#" + form + "-form [name='" + path + "']"));
	}

	void type(String form, String path, String text) {
		field(form, path).sendKeys(text);
	}

	void choose(String form, String path, String value) {
		new Select(field(form, path)).selectByValue(value);
	}

	/**
	 * Chooses the first real option (after the empty one), waiting for it: a form is
	 * rebuilt with new options after another form saves.
	 */
	void chooseFirst(String form, String path) {
		settledText();
		wait.ignoring(StaleElementReferenceException.class)
			.until(page -> new Select(field(form, path)).getOptions().size() > 1);
		new Select(field(form, path)).selectByIndex(1);
	}

	/**
	 * A date field set as the API writes dates ({@code 2027-12-31}), whatever the locale
	 * shows.
	 */
	void date(String form, String path, String isoDate) {
		browser.executeScript("arguments[0].value = arguments[1]", field(form, path), isoDate);
	}

	/** Ticks a box of a field of several values, opening its group first. */
	void tick(String form, String path, String value) {
		WebElement box = browser
			.findElement(By.cssSelector("#" + form + "-form input[name='" + path + "'][value='" + value + "']"));
		browser.executeScript("const group = arguments[0].closest('details'); if (group) group.open = true;", box);
		box.click();
	}

	void submit(String form) {
		browser.findElement(By.cssSelector("#" + form + "-form > button[type=submit]")).click();
	}

	/**
	 * Waits for the form's refusal and answers what it says; the fields it names are
	 * marked {@code .invalid}.
	 */
	String refused(String form) {
		By refusal = By.cssSelector("#" + form + " .form-errors");
		wait.until(page -> !page.findElement(refusal).getText().isBlank());
		return browser.findElement(refusal).getText();
	}

	/**
	 * Waits for the form's answer: the record it made, containing {@code expected}, whose
	 * text it answers; a refusal fails with the words the page shows.
	 */
	String saved(String form, String expected) {
		By record = By.cssSelector("#" + form + " .saved");
		By refusal = By.cssSelector("#" + form + " .form-errors");
		wait.until(page -> !page.findElements(record).isEmpty() || !page.findElement(refusal).getText().isBlank());
		assertThat(browser.findElement(refusal).getText()).as("what the " + form + " form was refused for").isEmpty();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(record, expected));
		String text = browser.findElement(record).getText();
		// the page then brings its other forms up to date: wait until it has
		settledText();
		return text;
	}

}
