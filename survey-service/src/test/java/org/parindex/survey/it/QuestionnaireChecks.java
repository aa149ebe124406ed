package org.parindex.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parindex.survey.it.Api.Answer;

/**
 * The respondent's questionnaire in a real browser (Debian's Chromium, headless, as a 360 × 800 phone and, for the
 * points of issue 13, also as a 1366 × 768 desktop) against the real
 * WAR on Payara Micro: open an invitation link, answer part, reload and find the answers kept, answer the rest,
 * submit, reopen and see "already submitted", and the submission counted through the secretariat's API; wrong,
 * revoked and closed links; at 360 px no horizontal scroll and every control reachable, by touch and by keyboard.
 * Links come from the invitations API, as a secretariat gets them. Screenshots go to {@code target/screenshots}.
 */
abstract class QuestionnaireChecks {

    /** Answers a People's Council delegate gives: 18 departments × 24 questions + 12 districts × 22. */
    private static final int DELEGATE_ANSWERS = 696;

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int PHONE_WIDTH = 360;
    /** One open campaign per deployment, shared by the tests; each test registers its own respondents. */
    private static final Map<String, Long> CAMPAIGN = new ConcurrentHashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final int PHONE_HEIGHT = 800;
    private static final int DESKTOP_WIDTH = 1366;
    private static final int DESKTOP_HEIGHT = 768;
    private static final List<Path> PROFILES = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static ChromeDriver phone;
    private static ChromeDriver desktop;
    /** The browser in use: the phone unless a test asks for the desktop ({@link #viewport}). */
    private static ChromeDriver browser;

    /** The deployment's base URL, set by the enclosing {@code *IT} class. */
    URL base;

    private Api api;


    @BeforeAll
    static void startBrowser() throws IOException {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium chromium-driver; test.sh does)")
                .isExecutable();
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver (test.sh installs it)").isExecutable();
        phone = newBrowser(true);
        desktop = newBrowser(false);
        browser = phone;
    }

    /**
     * A headless Chromium: a phone (360 × 800 CSS pixels, touch, a mobile user agent) or a desktop (1366 × 768).
     * Two browsers rather than one resized: Chromium's mobile emulation keeps its metrics over a later override.
     */
    private static ChromeDriver newBrowser(boolean asPhone) throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Path profile = Files.createTempDirectory(target, "chromium-profile-");
        PROFILES.add(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--lang=vi");
        if (asPhone) {
            options.setExperimentalOption("mobileEmulation", Map.of(
                    "deviceMetrics", Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 1.0,
                            "touch", true),
                    "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko)"
                            + " Chrome/156.0 Mobile Safari/537.36"));
        } else {
            options.addArguments("--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // The reachability check visits every control of a 696-answer questionnaire (a layout each): on a
        // loaded 2-core machine that can take longer than WebDriver's default 30 s script timeout.
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
        Chromium.speakFromAnAddressOfItsOwn(driver);
        if (!asPhone) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", DESKTOP_WIDTH,
                    "height", DESKTOP_HEIGHT, "deviceScaleFactor", 1, "mobile", false));
        }
        return driver;
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        for (ChromeDriver driver : new ChromeDriver[] {phone, desktop}) {
            if (driver != null) {
                driver.quit();
            }
        }
        for (Path profile : PROFILES) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void connect() {
        api = new Api(base);
        browser = phone;
    }

    // ------------------------------------------------------------------------------------------------- the tests

    @Test
    @Tag(Chromium.TAG)
    void aDelegateAnswersPartResumesAfterAReloadFinishesAndSubmitsOnce() {
        long campaign = campaign();
        Invited delegate = invite(campaign, "Nguyễn Thị Thu Hà", "HDND_TINH", null);
        JsonObject before = api.get("api/campaigns/" + campaign + "/responses").json();

        open(delegate.link());
        assertThat(text("#title")).contains("Kiểm thử phiếu");
        assertThat(text(".who")).contains("Đại biểu Hội đồng nhân dân tỉnh");
        assertThat(browser.findElements(By.cssSelector("section.form"))).hasSize(2); // departments and districts
        assertThat(progress()).isEqualTo("Đã trả lời 0/696 (0%)");

        // part: one answer for all 18 departments on question 1, "không biết" for one unit on question 2
        assertThat(text("#f0-q0 .pos")).startsWith("Phiếu 1 · Câu 1/");
        click("[data-fill='f0-q0'][data-option='A']");
        click("#f0-q0 [data-go='next']");
        assertThat(browser.findElement(By.id("f0-q0")).isDisplayed()).isFalse();
        String unit = text("#f0-q1-u0 > legend");
        click("#f0-q1-u0 label.dk");
        waitForSaved("Đã trả lời 19/696 (2%)");

        browser.navigate().refresh();
        waitFor("[data-page='questionnaire']");
        assertThat(progress()).isEqualTo("Đã trả lời 19/696 (2%)");
        assertThat(browser.findElements(By.cssSelector("input[name^='f0-q0-u'][value='A']:checked"))).hasSize(18);
        assertThat(browser.findElement(By.cssSelector("input[name='f0-q1-u0'][value='E']")).isSelected()).isTrue();
        assertThat(browser.findElement(By.cssSelector("#f0-q1-u0 .chosen")).getAttribute("textContent"))
                .isEqualTo("✓ Không đánh giá được / không biết"); // on the next screen, not shown yet

        // the review lists what is missing, with links to it
        click("#submit");
        waitFor("#missing-h");
        assertThat(text("#missing-h")).isEqualTo("Còn 677 lựa chọn chưa trả lời");
        click("a[data-cell='f0-q1-u1']");
        assertThat(browser.switchTo().activeElement().getAttribute("name")).isEqualTo("f0-q1-u1");

        // the rest: question 2 unit by unit, every other question screen by screen with the quick fill
        for (WebElement option : browser.findElements(By.cssSelector("[id^='f0-q1-u'] label:nth-child(2)"))) {
            if (!option.findElement(By.tagName("input")).getAttribute("name").equals("f0-q1-u0")) {
                tap(option);
            }
        }
        long screens = (Long) js("return document.querySelectorAll('fieldset.q').length");
        for (int i = 2; i < screens; i++) {
            tap(visible("[data-go='next']"));
            tap(visible("[data-fill][data-option='B']"));
        }
        waitForSaved("Đã trả lời 696/696 (100%)");

        click("#submit");
        waitFor("#confirm-yes");
        click("#confirm-yes");
        waitFor("[data-page='submitted']");
        assertThat(text("h1")).isEqualTo("Đã gửi phiếu. Xin cảm ơn!");
        screenshot("submitted");

        // the link afterwards: already submitted, and when
        open(delegate.link());
        assertThat(text("[data-page='submitted'] h1")).isEqualTo("Phiếu đã được gửi");
        assertThat(text("[data-page='submitted']")).containsPattern("đã được gửi lúc \\d\\d:\\d\\d ngày \\d\\d/\\d\\d/\\d{4}");

        // counted by the secretariat, anonymously: one more submission, 696 more answers, the tally has them
        JsonObject after = api.get("api/campaigns/" + campaign + "/responses").json();
        assertThat(after.getInt("submitted")).isEqualTo(before.getInt("submitted") + 1);
        assertThat(after.getInt("answers")).isEqualTo(before.getInt("answers") + 696);
        assertThat(api.get("api/campaigns/" + campaign + "/invitations/" + delegate.respondentId()).json()
                .getString("status")).isEqualTo("SUBMITTED");
        String unitCode = unitCode(campaign, unit);
        assertThat(api.get("api/campaigns/" + campaign + "/responses/tally").array().getValuesAs(JsonObject.class))
                .anySatisfy(row -> {
                    assertThat(row.getString("unit")).isEqualTo(unitCode);
                    assertThat(row.getString("criterion")).isEqualTo("1.7.2");
                    assertThat(row.getString("group")).isEqualTo("HDND_TINH");
                    assertThat(row.getString("option")).isEqualTo("E");
                    assertThat(row.getInt("count")).isGreaterThanOrEqualTo(1);
                });
        JsonObject page = api.get("q/api/" + delegate.token()).json();
        assertThat(page.getString("state")).isEqualTo("SUBMITTED");
        assertThat(page.containsKey("answers")).as("no draft is left").isFalse();
    }

    @Test
    @Tag(Chromium.TAG)
    void wrongRevokedAndClosedLinksSayWhy() {
        open(base + "q/" + randomToken());
        assertThat(browser.findElement(By.cssSelector("[data-problem]")).getAttribute("data-problem"))
                .isEqualTo("link-unknown");
        assertThat(text("h1")).isEqualTo("Liên kết không đúng");
        screenshot("wrong-link");

        long campaign = campaign();
        Invited replaced = invite(campaign, "Trần Văn Cũ", "HDND_TINH", null);
        Answer reissued = api.post("api/campaigns/" + campaign + "/invitations/" + replaced.respondentId()
                + "/reissue", "{\"sendMail\":false}");
        assertThat(reissued.status()).as(reissued.body()).isEqualTo(200);
        open(replaced.link());
        assertThat(text("h1")).isEqualTo("Liên kết đã bị thu hồi");

        long closing = newOpenCampaign("Kiểm thử phiếu (đã kết thúc)");
        Invited late = invite(closing, "Lê Thị Muộn", "HDND_TINH", null);
        Answer closed = api.post("api/campaigns/" + closing + "/status", "{\"status\":\"CLOSED\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        open(late.link());
        assertThat(text("[data-page='closed'] h1")).isEqualTo("Cuộc khảo sát đã kết thúc");
        assertThat(text("[data-page='closed']")).contains("Hạn trả lời phiếu là ngày 31/12/2030");
        assertThat(api.put("q/api/" + late.token() + "/draft", "{\"answers\":[]}").problem(409).getString("type"))
                .isEqualTo("urn:parindex:problem:survey-closed");
    }

    @Test
    @Tag(Chromium.TAG)
    void atPhoneWidthNothingScrollsSidewaysAndEveryControlCanBeReachedByTouchAndKeyboard() {
        long campaign = campaign();
        Invited delegate = invite(campaign, "Phạm Minh Tâm", "HDND_TINH", null);
        Invited chairman = invite(campaign, "Đỗ Văn Xã", "CHU_TICH_UBND_XA", "GIA_LOC_THONG_NHAT");

        for (Invited who : List.of(delegate, chairman)) {
            open(who.link());
            assertThat(js("return innerWidth")).isEqualTo((long) PHONE_WIDTH);
            assertThat((Long) js("return document.documentElement.scrollWidth")).as("scroll width")
                    .isLessThanOrEqualTo(PHONE_WIDTH);
            List<?> unreachable = (List<?>) js(REACHABLE);
            assertThat(unreachable).as("controls outside the screen, covered or smaller than 44 px").isEmpty();
        }
        // the commune chairman rates his own district only, with the options written out
        assertThat(browser.findElements(By.cssSelector("section.form"))).hasSize(1);
        assertThat(text(".form .meta")).contains("(1 đơn vị)");
        assertThat(text("#f0-q0 .meta")).isEqualTo("Đơn vị: UBND huyện Gia Lộc");
        assertThat(browser.findElements(By.cssSelector("#f0-q0 .full label"))).hasSize(5);
        screenshot("commune-chairman-360");

        // keyboard only: the skip link first, then tab to the first option and choose it with the space bar
        open(delegate.link());
        screenshot("delegate-360");
        press(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Bỏ qua, đến nội dung chính");
        WebElement focused = browser.switchTo().activeElement();
        for (int i = 0; i < 60 && !"radio".equals(focused.getAttribute("type")); i++) {
            press(Keys.TAB);
            focused = browser.switchTo().activeElement();
        }
        assertThat(focused.getAttribute("type")).as("a radio button within 60 tabs").isEqualTo("radio");
        assertThat(focused.getAttribute("name")).isEqualTo("f0-q0-u0");
        assertThat(js("return getComputedStyle(document.activeElement.nextElementSibling).outlineStyle"))
                .as("visible focus").isEqualTo("solid");
        press(Keys.SPACE);
        waitForSaved("Đã trả lời 1/696 (0%)");
        press(Keys.ARROW_RIGHT);
        WebElement next = browser.switchTo().activeElement();
        assertThat(next.getAttribute("value")).isEqualTo("B");
        assertThat(next.isSelected()).isTrue();
        waitForSaved("Đã trả lời 1/696 (0%)");
    }

    @Test
    void theHeadOfADistrictFinanceOfficeRatesOnlyTheTwoDepartmentsOfTheirOffice() {
        long campaign = campaign();
        Invited head = invite(campaign, "Đinh Thị Hà", "TRUONG_PHONG_HUYEN", "GIA_LOC", "PHONG_TAI_CHINH_KE_HOACH");
        String q = "q/api/" + head.token();
        JsonObject page = api.get(q).json();
        JsonObject form = page.getJsonArray("forms").getJsonObject(0);
        int questions = form.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .mapToInt(s -> s.getJsonArray("questions").size()).sum();

        assertThat(form.getString("scope")).isEqualTo("OFFICE_COUNTERPARTS");
        assertThat(form.getJsonArray("units").getValuesAs(JsonObject.class)).extracting(u -> u.getString("code"))
                .containsExactly("SO_KE_HOACH_DAU_TU", "SO_TAI_CHINH");
        assertThat(page.getInt("total")).isEqualTo(2 * questions).isLessThanOrEqualTo(60);
        Answer otherDepartment = api.put(q + "/draft", answers(List.of("HD-2023-P05/Q1/SO_Y_TE/A")));
        assertThat(otherDepartment.problem(422).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("answers[0].unit");
        assertThat(api.put(q + "/draft", answers(List.of("HD-2023-P05/Q1/SO_TAI_CHINH/A"))).json().getInt("answered"))
                .isEqualTo(1);
    }

    @Test
    void theApiTakesOnlyAnswersOfTheSheetAndOneSubmission() {
        long campaign = campaign();
        Invited chairman = invite(campaign, "Vũ Thị Kiểm", "CHU_TICH_UBND_XA", "GIA_LOC_THONG_NHAT");
        String q = "q/api/" + chairman.token();
        JsonObject page = api.get(q).json();
        assertThat(page.getString("state")).isEqualTo("OPEN");
        assertThat(page.getInt("total")).isEqualTo(22);
        JsonObject form = page.getJsonArray("forms").getJsonObject(0);
        assertThat(form.getString("code")).isEqualTo("HD-2023-P06");
        assertThat(form.getString("scope")).isEqualTo("OWN_UNIT");
        assertThat(form.getJsonArray("units").getValuesAs(JsonObject.class)).extracting(u -> u.getString("code"))
                .containsExactly("GIA_LOC");

        Answer otherUnit = api.put(q + "/draft", answers(List.of("HD-2023-P06/Q1/TU_KY/A")));
        assertThat(otherUnit.problem(422).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("answers[0].unit");
        assertThat(api.put(q + "/draft", answers(List.of("HD-2023-P06/Q1/GIA_LOC/Z"))).fields())
                .containsExactly("answers[0].option");
        assertThat(api.put(q + "/draft", "{\"answers\":[{\"form\":\"HD-2023-P06\"}]}").problem(400).getString("type"))
                .isEqualTo("urn:parindex:problem:malformed-request");
        JsonObject saved = api.put(q + "/draft", answers(List.of("HD-2023-P06/Q1/GIA_LOC/A"))).json();
        assertThat(saved.getInt("answered")).isEqualTo(1);
        assertThat(api.get(q).json().getJsonObject("answers").getString("HD-2023-P06/Q1/GIA_LOC")).isEqualTo("A");

        List<String> all = form.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .flatMap(s -> s.getJsonArray("questions").getValuesAs(JsonObject.class).stream())
                .map(question -> "HD-2023-P06/" + question.getString("code") + "/GIA_LOC/C").toList();
        Answer incomplete = api.post(q + "/submission", answers(all.subList(0, 20)));
        assertThat(incomplete.problem(422).getString("detail")).isEqualTo("Còn 2 câu chưa trả lời.");
        assertThat(incomplete.fields()).containsExactly("HD-2023-P06/Q21/GIA_LOC", "HD-2023-P06/Q22/GIA_LOC");

        Answer submitted = api.post(q + "/submission", answers(all));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat(submitted.json().getString("submittedAt")).isNotBlank();
        assertThat(api.post(q + "/submission", answers(all)).problem(409).getString("type"))
                .isEqualTo("urn:parindex:problem:already-submitted");
        assertThat(api.put(q + "/draft", answers(List.of("HD-2023-P06/Q1/GIA_LOC/A"))).problem(409).getString("type"))
                .isEqualTo("urn:parindex:problem:already-submitted");
        assertThat(api.get("q/api/" + randomToken()).problem(404).getString("type"))
                .isEqualTo("urn:parindex:problem:link-unknown");
    }

    @Test
    @Tag(Chromium.TAG)
    void theShortCodeOfAPaperCardOpensTheQuestionnaire() {
        Invited member = invite(campaign(), "Bùi Thị Giấy", "LANH_DAO_SO", "SO_Y_TE");
        open(base + "q/");
        assertThat(text("[data-page='code'] h1")).isEqualTo("Mở phiếu khảo sát");
        WebElement code = browser.findElement(By.id("code"));
        code.sendKeys("12345");
        click("#code-form button");
        assertThat(text("#code-error")).isEqualTo("Mã phiếu gồm 10 chữ và số, ví dụ 7KQ4M-Z2P9X.");
        code.clear();
        code.sendKeys(member.code().toLowerCase(java.util.Locale.ROOT)); // as typed: lower case, with the hyphen
        click("#code-form button");
        waitFor("[data-page='questionnaire']");
        assertThat(text(".who")).contains("Lãnh đạo");
        assertThat(progress()).isEqualTo("Đã trả lời 0/240 (0%)"); // form 03: 20 questions × 12 districts
    }

    @Test
    @Tag(Chromium.TAG)
    void thePageIsSmallAndSelfContained() {
        Invited delegate = invite(campaign(), "Hoàng Văn Nhẹ", "HDND_TINH", null);
        open(delegate.link());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> loaded = (List<Map<String, Object>>) js("return performance.getEntriesByType("
                + "'navigation').concat(performance.getEntriesByType('resource')).map(function (e) {"
                + " return {name: e.name, bytes: e.decodedBodySize, wire: e.encodedBodySize}; })");
        long bytes = loaded.stream().mapToLong(e -> ((Number) e.get("bytes")).longValue()).sum();
        long wire = loaded.stream().mapToLong(e -> ((Number) e.get("wire")).longValue()).sum();
        System.out.println("QuestionnaireChecks: first load of a two-form questionnaire " + bytes + " bytes, " + wire
                + " bytes on the wire: " + loaded.stream().map(e -> e.get("name") + "=" + e.get("bytes") + "/"
                + e.get("wire")).collect(Collectors.joining(", ")));
        String origin = base.getProtocol() + "://" + base.getAuthority() + "/";
        assertThat(loaded).extracting(e -> (String) e.get("name")).allMatch(name -> name.startsWith(origin),
                "everything from the application itself");
        assertThat(loaded).extracting(e -> (String) e.get("name"))
                .anyMatch(n -> n.contains("/q/assets/app.js")).anyMatch(n -> n.contains("/q/api/"));
        assertThat(bytes).as("first load, uncompressed: " + loaded.stream().map(e -> e.get("name") + "="
                + e.get("bytes")).collect(Collectors.joining(", "))).isLessThan(200_000);
        assertThat(wire).as("compressed on the wire").isLessThan(bytes / 2);
        Answer css = api.get("q/assets/app.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.body()).doesNotContain("@import", "url(http", "@font-face");
    }


    // ----------------------------------------------------------------------------- issue 13: the respondent

    @Test
    @Tag(Chromium.TAG)
    void quickFillTakesOnlyEmptyUnitsAsksBeforeOverwritingCanBeUndoneAndFlagsIdenticalAnswers() {
        long campaign = campaign();
        for (int[] size : VIEWPORTS) {
            viewport(size[0], size[1]);
            Invited delegate = invite(campaign, "Lý Thị Cẩn Thận", "HDND_TINH", null);
            open(delegate.link());
            int units = browser.findElements(By.cssSelector("#f0-q0 fieldset.unit")).size();
            assertThat(units).isGreaterThan(2);
            // two units answered by hand first
            tap(browser.findElement(By.cssSelector("#f0-q0-u0 label:nth-child(1)"))); // A
            tap(browser.findElement(By.cssSelector("#f0-q0-u1 label:nth-child(3)"))); // C
            click("[data-fill='f0-q0'][data-option='B']");
            waitForSaved("Đã trả lời " + units + "/" + DELEGATE_ANSWERS + " (" + units * 100 / DELEGATE_ANSWERS
                    + "%)");
            assertThat(checked("f0-q0-u0")).isEqualTo("A");
            assertThat(checked("f0-q0-u1")).isEqualTo("C");
            assertThat(checked("f0-q0-u2")).isEqualTo("B");
            assertThat(text("#f0-q0-msg")).contains("Đã chọn B cho " + (units - 2) + " đơn vị chưa trả lời")
                    .contains("2 đơn vị đã có câu trả lời khác");
            assertThat(browser.findElement(By.id("f0-q0-same")).isDisplayed()).isFalse();
            // the confirm step: overwrite the two, then everything is B and the gentle notice shows
            click("[data-overwrite='f0-q0']");
            assertThat(checked("f0-q0-u0")).isEqualTo("B");
            assertThat(checked("f0-q0-u1")).isEqualTo("B");
            assertThat(text("#f0-q0-same")).startsWith("Ông/Bà đang chọn cùng một phương án (B – ")
                    .contains("cho cả " + units + " đơn vị");
            screenshot("quick-fill-same-" + size[0]);
            // undo: back to A, C and empty units; the draft on the server says the same
            click("[data-undo='f0-q0']");
            waitForSaved("Đã trả lời 2/" + DELEGATE_ANSWERS + " (0%)");
            assertThat(checked("f0-q0-u0")).isEqualTo("A");
            assertThat(checked("f0-q0-u1")).isEqualTo("C");
            assertThat(checked("f0-q0-u2")).isNull();
            assertThat(browser.findElement(By.id("f0-q0-same")).isDisplayed()).isFalse();
            JsonObject draft = api.get("q/api/" + delegate.token()).json().getJsonObject("answers");
            assertThat(draft).hasSize(2);
            // a fill when nothing is empty changes nothing without the confirm
            click("[data-fill='f0-q0'][data-option='D']");
            click("[data-fill='f0-q0'][data-option='A']");
            assertThat(checked("f0-q0-u0")).isEqualTo("A");
            assertThat(checked("f0-q0-u2")).isEqualTo("D");
            assertThat(text("#f0-q0-msg")).contains("Không còn đơn vị nào chưa trả lời");
            assertThat((Long) js("return document.documentElement.scrollWidth")).as("no sideways scroll")
                    .isLessThanOrEqualTo(size[0]);
        }
    }

    @Test
    @Tag(Chromium.TAG)
    void aQuestionItsKeyAndPositionStayInViewWhileItsUnitsScrollAndThePageIsShort() {
        long campaign = campaign();
        for (int[] size : VIEWPORTS) {
            viewport(size[0], size[1]);
            Invited delegate = invite(campaign, "Trịnh Văn Ngữ Cảnh", "HDND_TINH", null);
            open(delegate.link());
            long questions = (Long) js("return document.querySelectorAll('#f0 fieldset.q').length");
            click("#f0-q0 [data-go='next']");
            assertThat(text("#f0-q1 .pos")).startsWith("Phiếu 1 · Câu 2/" + questions);
            // every letter has its meaning in the key
            List<WebElement> key = browser.findElements(By.cssSelector("#f0-q1 .key li"));
            assertThat(key).hasSize(browser.findElements(By.cssSelector("#f0-q1-u0 input")).size());
            assertThat(key).allSatisfy(li -> assertThat(li.getText()).matches("[A-Z] \\S.+"));
            // scrolled to the last unit: the question head is still on screen, above it, under the page header
            List<WebElement> units = browser.findElements(By.cssSelector("#f0-q1 fieldset.unit"));
            WebElement last = units.get(units.size() - 1);
            js("arguments[0].scrollIntoView({block: 'end'})", last);
            Map<?, ?> head = rect("#f0-q1 .qhead");
            double headerBottom = ((Number) rect(".top").get("bottom")).doubleValue();
            assertThat(((Number) head.get("top")).doubleValue()).as("head under the page header")
                    .isBetween(headerBottom - 2, headerBottom + 2);
            assertThat(((Number) head.get("bottom")).doubleValue()).as("head above the last unit")
                    .isLessThanOrEqualTo(((Number) rect(last).get("top")).doubleValue() + 1);
            screenshot("sticky-question-" + size[0]);
            // the page is one question long, not the whole questionnaire
            long height = (Long) js("return document.documentElement.scrollHeight");
            long allAtOnce = (Long) js("document.querySelectorAll('section.form, fieldset.q').forEach("
                    + "function (e) { e.hidden = false; }); return document.documentElement.scrollHeight");
            System.out.println("QuestionnaireChecks: page height at " + size[0] + " px: " + height
                    + " px for one question; " + allAtOnce + " px with every question on one page");
            assertThat(height).isLessThan(allAtOnce / 10);
            if (size[0] == 360) {
                assertThat(height).as("one question of 18 departments at 360 px").isLessThan(3000);
            }
        }
    }

    @Test
    @Tag(Chromium.TAG)
    void jumpingFromTheUnansweredListKeepsTheQuestionAndReopeningOffersToContinue() {
        long campaign = campaign();
        for (int[] size : VIEWPORTS) {
            viewport(size[0], size[1]);
            Invited delegate = invite(campaign, "Mai Văn Tiếp", "HDND_TINH", null);
            open(delegate.link());
            assertThat(browser.findElements(By.id("resume-go"))).as("nothing to resume yet").isEmpty();
            click("[data-fill='f0-q0'][data-option='A']");
            click("#f0-q0 [data-go='next']");
            tap(browser.findElement(By.cssSelector("#f0-q1-u0 label:nth-child(2)")));
            tap(browser.findElement(By.cssSelector("#f0-q1-u1 label:nth-child(2)")));
            int units = browser.findElements(By.cssSelector("#f0-q0 fieldset.unit")).size();
            waitForSaved("Đã trả lời " + (units + 2) + "/" + DELEGATE_ANSWERS + " ("
                    + (units + 2) * 100 / DELEGATE_ANSWERS + "%)");

            // reopened: the offer to continue, which lands on the first unanswered unit with its question above
            open(delegate.link());
            assertThat(text("#resume-go")).isEqualTo("Tiếp tục từ câu chưa trả lời");
            click("#resume-go");
            assertThat(browser.switchTo().activeElement().getAttribute("name")).isEqualTo("f0-q1-u2");
            assertThat(inView("#f0-q1 .qhead")).isTrue();
            assertThat(text("#f0-q1 .pos")).startsWith("Phiếu 1 · Câu 2/");

            // the unanswered list: a question further on, shown with its question and key
            click("#check");
            waitFor("#missing-h");
            click("a[data-cell='f0-q4-u0']");
            assertThat(browser.switchTo().activeElement().getAttribute("name")).isEqualTo("f0-q4-u0");
            assertThat(browser.findElement(By.id("f0-q4")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.id("f0-q1")).isDisplayed()).isFalse();
            assertThat(inView("#f0-q4 .qhead")).isTrue();
            assertThat(inView("#f0-q4-u0")).isTrue();
            assertThat(text("#f0-q4 .pos")).startsWith("Phiếu 1 · Câu 5/");
            screenshot("jump-" + size[0]);
        }
    }

    @Test
    @Tag(Chromium.TAG)
    void deadEndsHaveAWayOutAPhoneAnEmailAndABackToTheCodeBox() {
        long campaign = newOpenCampaign("Kiểm thử liên hệ");
        Answer contact = api.put("api/campaigns/" + campaign + "/contact", "{\"name\":\"Tổ thư ký — Sở Nội vụ\","
                + "\"phone\":\"0220 3852 111\",\"email\":\"tothuky.test@example.invalid\"}");
        assertThat(contact.status()).as(contact.body()).isEqualTo(200);
        assertThat(api.put("api/campaigns/" + campaign + "/contact", "{\"name\":\"Tổ thư ký\",\"phone\":\"12ab\"}")
                .fields()).containsExactly("contact.phone");
        assertThat(api.as("hoidong", Api.PASSWORD).put("api/campaigns/" + campaign + "/contact",
                "{\"name\":\"x\",\"phone\":\"0220 3852 111\"}").status()).as("a viewer").isEqualTo(403);
        Invited member = invite(campaign, "Hà Thị Liên", "HDND_TINH", null);
        for (int[] size : VIEWPORTS) {
            viewport(size[0], size[1]);
            open(member.link());
            assertThat(browser.findElement(By.cssSelector("#contact a[href^='tel:']")).getAttribute("href"))
                    .isEqualTo("tel:02203852111");
            assertThat(text("#contact")).contains("Tổ thư ký — Sở Nội vụ", "0220 3852 111",
                    "tothuky.test@example.invalid");

            // a wrong link knows no campaign: the installation's contact (survey.contact.* of this deployment)
            open(base + "q/" + randomToken());
            assertThat(text(".contact-line")).contains("02200000001", "hotro@example.invalid");

            // a mistyped code: said so, and back to the code box with the code filled in
            open(base + "q/");
            browser.findElement(By.id("code")).sendKeys("zzzzz-zzzzz");
            click("#code-form button");
            waitFor("[data-problem='code-unknown']");
            assertThat(text("h1")).isEqualTo("Mã phiếu không đúng");
            screenshot("wrong-code-" + size[0]);
            click("#retype");
            waitFor("[data-page='code']");
            assertThat(browser.findElement(By.id("code")).getAttribute("value")).isEqualTo("ZZZZZ-ZZZZZ");
            assertThat((Long) js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(size[0]);
        }
        // a hostile contact is shown as text, never as markup
        assertThat(api.put("api/campaigns/" + campaign + "/contact", "{\"name\":\"<img src=x onerror=alert(1)>Tổ\","
                + "\"phone\":\"0220 3852 111\"}").status()).isEqualTo(200);
        open(member.link());
        assertThat(browser.findElements(By.cssSelector("#contact img"))).isEmpty();
        assertThat(text("#contact")).contains("<img src=x onerror=alert(1)>Tổ");
    }

    @Test
    @Tag(Chromium.TAG)
    void theInvitationMailsLongLinkWrapsOnAPhone() {
        long campaign = campaign();
        Invited someone = invite(campaign, "Đặng Văn Thư", "HDND_TINH", null);
        for (String kind : List.of("invitation", "reminder")) {
            Answer preview = api.post("api/campaigns/" + campaign + "/mail-templates/" + kind + "/preview?respondent="
                    + someone.respondentId(), "{}");
            assertThat(preview.status()).as(preview.body()).isEqualTo(200);
            String html = preview.json().getString("html");
            for (int[] size : VIEWPORTS) {
                viewport(size[0], size[1]);
                browser.get("data:text/html;charset=utf-8;base64," + java.util.Base64.getEncoder()
                        .encodeToString(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                assertThat((Long) js("return document.documentElement.scrollWidth")).as(kind + " at " + size[0])
                        .isLessThanOrEqualTo(size[0]);
            }
        }
    }

    @Test
    void aBlankPaperQuestionnairePerGroupPrintsInstructionsDeadlineAndContactAndIsAudited() throws IOException {
        long campaign = newOpenCampaign("Kiểm thử phiếu giấy");
        api.put("api/campaigns/" + campaign + "/contact", "{\"name\":\"Tổ thư ký — Sở Nội vụ\","
                + "\"phone\":\"0220 3852 222\",\"email\":\"giay@example.invalid\"}");
        String path = "api/campaigns/" + campaign + "/paper/blank.pdf?group=HDND_TINH";
        assertThat(api.as("hoidong", Api.PASSWORD).get(path).status()).as("a viewer").isEqualTo(403);
        assertThat(api.get("api/campaigns/" + campaign + "/paper/blank.pdf?group=NOPE").fields())
                .containsExactly("group");
        byte[] pdf = api.as("thuky", Api.PASSWORD).bytes(path);
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        com.lowagie.text.pdf.parser.PdfTextExtractor extractor =
                new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            all.append(extractor.getTextFromPage(p)).append('\n');
        }
        reader.close();
        String text = java.text.Normalizer.normalize(all.toString(), java.text.Normalizer.Form.NFC);
        assertThat(text).contains("PHIẾU KHẢO SÁT XÃ HỘI HỌC (BẢN GIẤY)", "Hướng dẫn trả lời",
                "Hạn nộp phiếu: trước hết ngày 31/12/2030", "0220 3852 222", "giay@example.invalid");
        // every question of the group's forms, read from the questionnaire API of a member (robust to the data)
        Invited member = invite(campaign, "Phan Văn Giấy", "HDND_TINH", null);
        JsonObject page = api.get("q/api/" + member.token()).json();
        for (JsonObject form : page.getJsonArray("forms").getValuesAs(JsonObject.class)) {
            for (JsonObject section : form.getJsonArray("sections").getValuesAs(JsonObject.class)) {
                for (JsonObject q : section.getJsonArray("questions").getValuesAs(JsonObject.class)) {
                    String start = q.getString("text").substring(0, Math.min(30, q.getString("text").length()));
                    assertThat(text.replace("\n", " ")).contains(start);
                }
            }
            for (JsonObject unit : form.getJsonArray("units").getValuesAs(JsonObject.class)) {
                assertThat(text).contains(unit.getString("name"));
            }
        }
        JsonObject audit = api.get("api/audit?campaign=" + campaign + "&action=PAPER_FORM_DOWNLOADED").json();
        assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class)).hasSize(1)
                .allSatisfy(e -> assertThat(e.toString()).contains("thuky", "HDND_TINH"));
    }

    @Test
    @Tag(Chromium.TAG)
    void paperEntryIsOneRowOfLettersPerQuestionWithARunningCountAndVietnameseMessages() {
        long campaign = campaign();
        Invited member = invite(campaign, "Chu Văn Bàn Phím", "CHU_TICH_UBND_XA", "GIA_LOC_THONG_NHAT");
        Invited delegate = invite(campaign, "Kiều Thị Nhập Liệu", "HDND_TINH", null);
        boolean first = true;
        for (int[] size : VIEWPORTS) {
            viewport(size[0], size[1]);
            Invited who = first ? member : delegate;
            browser.manage().deleteAllCookies();
            browser.get(base + "admin/paper.html?c=" + campaign);
            waitFor("#username").sendKeys("thuky");
            browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
            browser.findElement(By.id("login-button")).click();
            waitFor("#blank-group option"); // the page's script is ready
            waitFor("#search").sendKeys(first ? "Chu Văn Bàn Phím" : "Kiều Thị Nhập Liệu", Keys.ENTER);
            try {
                click("#people button");
            } catch (RuntimeException e) {
                screenshot("paper-search-" + size[0]);
                throw new AssertionError("search gave: " + text("#people") + " / " + text("#message") + " at "
                        + browser.getCurrentUrl(), e);
            }
            waitFor(".paper-row");
            assertThat((Long) js("return document.documentElement.scrollWidth")).as("paper.html, no sideways scroll")
                    .isLessThanOrEqualTo(size[0]);
            List<WebElement> rows = browser.findElements(By.cssSelector(".paper-row"));
            JsonObject sheet = api.get("q/api/" + who.token()).json();
            int total = sheet.getInt("total");
            assertThat(text("#paper-count")).startsWith("Đã nhập 0/" + total + " câu trả lời");
            WebElement row = browser.switchTo().activeElement();
            assertThat(row.getAttribute("class")).as("the first row has the focus").contains("paper-row");
            // a wrong letter and a short row: Vietnamese messages naming the question and the unit, nothing stored
            row.sendKeys("z");
            click("#submit-paper");
            waitFor("#paper-errors .message");
            assertThat(text("#paper-errors")).contains("Phiếu 1, câu 1", "\"Z\" không phải phương án");
            row = browser.switchTo().activeElement();
            row.sendKeys(Keys.BACK_SPACE);
            // keyboard only: letters, Enter to the next row
            List<WebElement> counts = browser.findElements(By.cssSelector(".paper-row-count"));
            for (int i = 0; i < rows.size(); i++) {
                int units = Integer.parseInt(counts.get(i).getText().replaceAll(".*/", "")); // "0/18"
                browser.switchTo().activeElement().sendKeys("b".repeat(units), Keys.ENTER);
            }
            assertThat(text("#paper-count")).startsWith("Đã nhập " + total + "/" + total + " câu trả lời");
            assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("submit-paper");
            browser.switchTo().activeElement().sendKeys(Keys.ENTER);
            waitFor("#paper-saved");
            assertThat(text("#paper-saved")).startsWith("Đã lưu phiếu giấy của " + (first ? "Chu Văn Bàn Phím"
                    : "Kiều Thị Nhập Liệu"));
            assertThat(text("#paper-saved")).containsPattern("lúc \\d\\d:\\d\\d ngày \\d\\d/\\d\\d/\\d{4}");
            assertThat(inView("#paper-saved")).as("the success message in view").isTrue();
            screenshot("paper-entry-" + size[0]);
            assertThat(api.get("q/api/" + who.token()).json().getString("state")).isEqualTo("SUBMITTED");
            first = false;
        }
    }

    private static String checked(String cell) {
        List<WebElement> on = browser.findElements(By.cssSelector("input[name='" + cell + "']:checked"));
        return on.isEmpty() ? null : on.get(0).getAttribute("value");
    }

    private static Map<?, ?> rect(String css) {
        return rect(browser.findElement(By.cssSelector(css)));
    }

    private static Map<?, ?> rect(WebElement e) {
        return (Map<?, ?>) ((JavascriptExecutor) browser).executeScript(
                "var r = arguments[0].getBoundingClientRect(); return {top: r.top, bottom: r.bottom};", e);
    }

    /** Whether the element lies within the window (wholly, top to bottom). */
    private static boolean inView(String css) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("var r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= innerHeight && r.height > 0;",
                browser.findElement(By.cssSelector(css)));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /** A respondent with a questionnaire link. */
    record Invited(long respondentId, String link, String token, String code) {
    }

    /** The shared open campaign of this deployment. */
    private long campaign() {
        return CAMPAIGN.computeIfAbsent(base.toString(), b -> newOpenCampaign("Kiểm thử phiếu khảo sát"));
    }

    private long newOpenCampaign(String name) {
        long id = api.newCampaign(name, true);
        Answer opened = api.post("api/campaigns/" + id + "/status", "{\"status\":\"OPEN\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        return id;
    }

    /** Registers a respondent, invites their group (without mail) and returns their link on this server. */
    private Invited invite(long campaign, String name, String group, String homeUnit) {
        return invite(campaign, name, group, homeUnit, null);
    }

    /** As {@link #invite(long, String, String, String)}, for a head of {@code office}. */
    private Invited invite(long campaign, String name, String group, String homeUnit, String office) {
        String email = "q" + Long.toHexString(RANDOM.nextLong()) + "@example.invalid";
        Answer added = api.post("api/campaigns/" + campaign + "/respondents", "{\"fullName\":\"" + name
                + "\",\"email\":\"" + email + "\",\"group\":\"" + group + "\""
                + (homeUnit == null ? "" : ",\"homeUnit\":\"" + homeUnit + "\"")
                + (office == null ? "" : ",\"office\":\"" + office + "\"") + "}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long id = added.json().getJsonNumber("id").longValue();
        Answer invited = api.post("api/campaigns/" + campaign + "/invitations",
                "{\"group\":\"" + group + "\",\"sendMail\":false}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(200);
        Answer link = api.get("api/campaigns/" + campaign + "/invitations/" + id + "/link");
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        String address = link.json().getString("link");
        String token = address.substring(address.lastIndexOf('/') + 1);
        return new Invited(id, base + "q/" + token, token, link.json().getString("code"));
    }

    private String unitCode(long campaign, String name) {
        return api.get("api/campaigns/" + campaign + "/units?level=DEPARTMENT&size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(u -> u.getString("name").equals(name))
                .map(u -> u.getString("code")).findFirst().orElseThrow();
    }

    /** {@code {"answers":[…]}} from {@code form/question/unit/option} strings. */
    private static String answers(List<String> cells) {
        return cells.stream().map(c -> c.split("/")).map(p -> "{\"form\":\"" + p[0] + "\",\"question\":\"" + p[1]
                + "\",\"unit\":\"" + p[2] + "\",\"option\":\"" + p[3] + "\"}")
                .collect(Collectors.joining(",", "{\"answers\":[", "]}"));
    }

    /** 32 characters of the token alphabet: the shape of a token, but none issued. */
    private static String randomToken() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            t.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return t.toString();
    }

    /**
     * The one element of {@code css} that is shown (the other screens' are hidden), found by the page in one call:
     * asking WebDriver whether each of a 40-screen questionnaire's buttons is displayed took thousands of calls.
     * The tap that follows is still WebDriver's, which refuses an element that cannot be interacted with.
     */
    private static WebElement visible(String css) {
        Object shown = js("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".find(e => e.checkVisibility({visibilityProperty: true})) || null", css);
        if (shown == null) {
            throw new AssertionError("nothing shown matches " + css);
        }
        return (WebElement) shown;
    }

    /** Uses the phone (360 × 800, touch) or the desktop (1366 × 768), and checks that the window is that size. */
    private void viewport(int width, int height) {
        browser = width == PHONE_WIDTH ? phone : desktop;
        open(base + "q/"); // a page of the application, which declares a device-width viewport
        assertThat(js("return innerWidth + 'x' + innerHeight")).isEqualTo(width + "x" + height);
    }

    private static final int[][] VIEWPORTS = {{PHONE_WIDTH, PHONE_HEIGHT}, {DESKTOP_WIDTH, DESKTOP_HEIGHT}};

    private static void open(String url) {
        browser.get(url);
        waitFor("[data-page]");
    }

    private static WebElement waitFor(String css) {
        return new WebDriverWait(browser, WAIT, Duration.ofMillis(50)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().strip();
    }

    private static String progress() {
        return text("#progress-text");
    }

    private static void click(String css) {
        tap(new WebDriverWait(browser, WAIT, Duration.ofMillis(50)).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))));
    }

    /** Brings an element to the middle of the screen (below the sticky header) and taps it. */
    private static void tap(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Waits until the progress reads {@code expected} and the autosave has confirmed it. */
    private static void waitForSaved(String expected) {
        new WebDriverWait(browser, WAIT, Duration.ofMillis(50)).until((WebDriver d) -> progress().equals(expected)
                && text("#save-status").startsWith("Đã lưu lúc"));
    }

    private static void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }


    private static void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every control of the page (links, buttons, radio buttons): scrolled into view, it lies within the screen's
     * width, is what a finger on its middle touches (not covered by the sticky header or anything else), and buttons
     * and option buttons are at least 44 px each way. Returns the controls that fail, described.
     */
    private static final String REACHABLE = """
            var bad = [];
            var controls = document.querySelectorAll('main a[href], main button, main input');
            for (var i = 0; i < controls.length; i++) {
              var c = controls[i];
              if (!c.getClientRects().length) { continue; } // on a screen not shown
              var box = c.type === 'radio' && c.closest('.full') ? c.closest('label') : c;
              box.scrollIntoView({block: 'center'});
              var r = box.getBoundingClientRect();
              var name = (c.id || c.name || c.textContent || '').trim().substring(0, 40) + ' ' + (c.value || '');
              if (r.left < 0 || r.right > window.innerWidth) { bad.push(name + ': outside ' + r.left + '..' + r.right); }
              var line = box.getClientRects()[0] || r; // a link that wraps: its first line
              var hit = document.elementFromPoint(line.left + line.width / 2, line.top + line.height / 2);
              if (!hit || !(hit === c || c.contains(hit) || box.contains(hit))) {
                bad.push(name + ': covered by ' + (hit ? hit.tagName + '.' + hit.className : 'nothing'));
              }
              if ((c.tagName === 'BUTTON' || c.closest('.seg') || c.closest('.full')) && (r.width < 44 || r.height < 44)) {
                bad.push(name + ': ' + r.width + 'x' + r.height);
              }
            }
            window.scrollTo(0, 0);
            return bad;
            """;
}
