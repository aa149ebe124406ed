package org.parindex.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parindex.survey.it.Api.Answer;

/**
 * The secretariat's and the council's pages without dead ends (issue 13), in Debian's headless Chromium at 360×800
 * (a phone) and at 1366×768, as a council member (viewer, {@code hoidong}) and as a secretary ({@code thuky}): one
 * test per point of the issue. One campaign serves them all: four respondents of one group, one answered on paper
 * before any invitation, one online after it, the example scores of five of the eighteen departments.
 */
@Tag(Chromium.TAG)
abstract class SecretariatPagesChecks {

    static final List<Dimension> SIZES = List.of(new Dimension(360, 800), new Dimension(1366, 768));
    static final String GROUP = "LANH_DAO_MTTQ_TINH";

    private static Chromium chromium;
    private static ChromeDriver browser;
    private static long campaign;
    private static Map<String, Long> ids;
    /** The answer of the invitation call (someone had answered on paper before). */
    private static JsonObject invited;

    /** The deployment's base URL, set by the enclosing {@code *IT} class (ApiIT: at most 1 reminder, no spacing). */
    URL base;

    private Api api;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.start("chromium-pages", 1366, 768);
        browser = chromium.driver;
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void campaign() {
        api = new Api(base);
        if (campaign != 0) {
            return;
        }
        campaign = api.newCampaign("Trang không ngõ cụt", true);
        String c = "api/campaigns/" + campaign;
        assertThat(api.upload(c + "/respondents/import", ("full_name,email,group\n"
                + "Vũ Thị Én,en.pages@example.invalid," + GROUP + "\n"
                + "Đỗ Văn Gia,gia.pages@example.invalid," + GROUP + "\n"
                + "Hà Thị Hoa,hoa.pages@example.invalid," + GROUP + "\n"
                + "Lý Văn Giấy,giay.pages@example.invalid," + GROUP + "\n").getBytes(StandardCharsets.UTF_8),
                Api.CSV).json().getInt("created")).isEqualTo(4);
        assertThat(api.post(c + "/status", "{\"status\":\"OPEN\"}").status()).isEqualTo(200);
        ids = new HashMap<>();
        api.get(c + "/respondents?size=50").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(r -> ids.put(r.getString("fullName"), r.getJsonNumber("id").longValue()));

        // answered on paper before anyone was invited
        JsonObject sheet = api.get(c + "/paper/" + ids.get("Lý Văn Giấy")).json().getJsonObject("sheet");
        Answer paper = api.post(c + "/paper/" + ids.get("Lý Văn Giấy"),
                SecretariatChecks.answers(sheet, SecretariatChecks.forms(), GROUP, 3, new TreeMap<>()));
        assertThat(paper.status()).as(paper.body()).isEqualTo(201);
        invited = api.post(c + "/invitations", "{}").json();

        // answered online after the invitation
        String link = api.get(c + "/invitations/" + ids.get("Vũ Thị Én") + "/link").json().getString("link");
        String token = link.substring(link.lastIndexOf("/q/") + 3);
        JsonObject page = new Api(base).anonymous().get("q/api/" + token).json();
        assertThat(new Api(base).anonymous().post("q/api/" + token + "/submission", SecretariatChecks.answers(page,
                SecretariatChecks.forms(), GROUP, 5, new TreeMap<>())).status()).isEqualTo(201);
        assertThat(api.upload(c + "/scores/import", Api.file(SecretariatChecks.SCORES), Api.CSV).status()).isEqualTo(200);
    }

    // 1. Each role sees only what it can do.
    @Test
    void eachRoleSeesOnlyTheControlsItMayUse() {
        for (Dimension size : SIZES) {
            login("hoidong", size);
            open("admin/results.html?c=" + campaign);
            waitFor("table.results[data-level='DEPARTMENT'] a.explain");
            assertThat(browser.findElements(By.id("publish-form"))).as("viewer at %s", size).isEmpty();
            assertThat(browser.findElements(By.id("note"))).isEmpty();
            assertThat(bodyText()).doesNotContain("Công bố kết quả");
            open("admin/dashboard.html?c=" + campaign);
            waitUntil(d -> !text("#submitted").equals("–"));
            assertThat(browser.findElements(By.id("actions"))).isEmpty();
            assertThat(browser.findElements(By.id("remind"))).isEmpty();

            login("thuky", size);
            open("admin/results.html?c=" + campaign);
            waitFor("table.results[data-level='DEPARTMENT'] a.explain");
            assertThat(waitFor("#publish").getText()).isEqualTo("Công bố kết quả");
            open("admin/audit.html?c=" + campaign);
            waitFor("#audit tbody tr");
            assertThat(browser.findElements(By.cssSelector("#audit tbody tr"))).hasSizeLessThan(100);
            assertThat(browser.findElement(By.id("more")).isDisplayed()).as("no more entries, no 'Xem thêm'")
                    .isFalse();
            assertNothingWiderThanTheScreen(size);
            // a hidden element stays hidden whatever display its class or tag gives it
            assertThat(script("var b = document.createElement('button'); b.className = 'row'; b.hidden = true;"
                    + " document.body.appendChild(b); return getComputedStyle(b).display;")).isEqualTo("none");
        }
    }

    // 2. The menu links carry the campaign; no "Không tìm thấy đợt đánh giá 'null'".
    @Test
    void theMenuLinksCarryTheCampaign() {
        for (Dimension size : SIZES) {
            login("thuky", size);
            script("sessionStorage.clear(); return null;");
            open("admin/index.html");
            waitFor("#campaigns tr[data-id='" + campaign + "']");
            assertThat(browser.findElements(By.cssSelector("header.top nav a"))).extracting(WebElement::getText)
                    .as("no campaign chosen: no link that needs one").doesNotContain("Theo dõi", "Điểm", "Kết quả");
            open("admin/dashboard.html");
            waitFor("#to-list");
            assertThat(bodyText()).contains("Chưa chọn đợt đánh giá").doesNotContain("'null'");

            open("admin/results.html?c=" + campaign);
            waitFor("table.results a.explain");
            open("admin/index.html");
            waitFor("#campaigns tr[data-id='" + campaign + "']");
            assertNothingWiderThanTheScreen(size);
            WebElement dashboard = browser.findElements(By.cssSelector("header.top nav a")).stream()
                    .filter(a -> a.getText().equals("Theo dõi")).findFirst().orElseThrow();
            assertThat(dashboard.getAttribute("href")).endsWith("dashboard.html?c=" + campaign);
            dashboard.click();
            waitUntil(d -> text("#title").contains("Trang không ngõ cụt"));
            assertThat(bodyText()).doesNotContain("null");
        }
    }

    // 3. Nobody who answered is mailed; the reminder result gives the API's reasons in Vietnamese; bars labelled.
    @Test
    void nobodyWhoAnsweredIsMailedAndTheReasonsAreShown() {
        assertThat(invited.getInt("done")).isEqualTo(3);
        assertThat(invited.getJsonObject("skipped").getInt("SUBMITTED")).isEqualTo(1);
        assertThat(invited.getJsonObject("batch").getInt("total")).isEqualTo(3);
        String c = "api/campaigns/" + campaign;
        api.get(c + "/invitations/" + ids.get("Lý Văn Giấy") + "/link").problem(409);
        new Api(base).as("hoidong", Api.PASSWORD).post(c + "/reminders", "{}").problem(403);
        new Api(base).as("hoidong", Api.PASSWORD).post(c + "/invitations", "{}").problem(403);
        assertThat(api.post(c + "/reminders", "{\"group\":\"<script>\"}").problem(422).toString())
                .contains("group");
        JsonObject reminded = api.post(c + "/reminders", "{}").json();
        assertThat(reminded.getInt("done")).as("the two who have not answered").isEqualTo(2);
        assertThat(reminded.getJsonObject("skipped").getInt("SUBMITTED")).as("online and paper").isEqualTo(2);
        Survey.awaitBatch(api, reminded.getJsonObject("batch"), java.time.Duration.ofSeconds(60));
        JsonObject again = api.post(c + "/reminders", "{}").json();
        assertThat(again.getInt("done")).isZero();
        assertThat(again.getJsonObject("skipped").getInt("SUBMITTED")).isEqualTo(2);
        assertThat(again.getJsonObject("skipped").getInt("CAP_REACHED")).as("one reminder each, here").isEqualTo(2);
        assertThat(again.getJsonArray("reasons").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("label")).contains("đã nộp phiếu (trực tuyến hoặc phiếu giấy)");
        assertThat(api.get("api/audit?campaign=" + campaign + "&action=REMINDERS_SENT").json()
                .getJsonArray("items").getJsonObject(0).getString("detail")).contains("đã nộp phiếu")
                .doesNotContain("CAP_REACHED");

        for (Dimension size : SIZES) {
            login("thuky", size);
            open("admin/dashboard.html?c=" + campaign);
            waitUntil(d -> text("#submitted").equals("2"));
            assertThat(browser.findElement(By.id("rate-progress")).getAttribute("aria-label")).isNotBlank();
            assertThat(browser.findElement(By.id("rate-progress")).getAttribute("aria-valuenow")).isEqualTo("50");
            waitFor("#remind").click();
            waitFor("#action-result li[data-reason='CAP_REACHED']");
            assertThat(text("#action-result li[data-reason='SUBMITTED']")).isEqualTo("2 người đã nộp phiếu (trực tuyến"
                    + " hoặc phiếu giấy)");
            assertThat(text("#action-result li[data-reason='CAP_REACHED']")).startsWith("2 người đã nhận đủ số thư");
            assertThat(text("#action-result")).doesNotContain("CAP_REACHED", "SUBMITTED");
            assertThat(browser.findElement(By.id("batch")).isDisplayed()).as("no old batch bar under the answer")
                    .isFalse();
            assertThat(browser.findElement(By.id("batch-progress")).getAttribute("aria-labelledby"))
                    .isEqualTo("batch-text");
        }
    }

    // 4. Explanations and results for a council member: Vietnamese, decimal comma, names, nothing too wide.
    @Test
    void explanationsAndResultsReadInVietnameseOnAPhoneAndADesk() {
        Api viewer = new Api(base).as("hoidong", Api.PASSWORD);
        String explanation = "api/campaigns/" + campaign + "/results/units/SO_XAY_DUNG/explanation";
        JsonObject view = viewer.get(explanation + "?format=page").json();
        assertThat(view.getString("unitName")).isEqualTo("Sở Xây dựng");
        assertThat(view.toString()).doesNotContain("self-assessed", "PARTIAL", "NONE");
        assertThat(viewer.get(explanation + "?format=xml").problem(400).toString()).contains("format");
        viewer.get("api/campaigns/" + campaign + "/results/units/SO_NONG_NGHIEP_PTNT/explanation?format=page")
                .problem(404);
        for (Dimension size : SIZES) {
            login("hoidong", size);
            open("admin/unit.html?c=" + campaign + "&u=SO_XAY_DUNG");
            waitFor("#losses tbody tr td.reason");
            String page = bodyText();
            assertThat(page).contains("Sở Xây dựng").doesNotContain("self-assessed", "no evidence", "NONE", "PARTIAL",
                    "(scoring-lib)", "not applicable", "EXCLUDE");
            assertThat(browser.findElements(By.tagName("pre"))).as("no monospace report").isEmpty();
            assertThat(browser.findElements(By.cssSelector("#losses td.reason"))).extracting(WebElement::getText)
                    .allSatisfy(r -> assertThat(r).doesNotContainPattern("\\d\\.\\d"));
            assertThat(text("#headline-index")).matches("\\d+,\\d+");
            assertThat(text("#headline-total")).matches("\\d+(,\\d{1,2})? / \\d+(,\\d{1,2})?");
            assertNothingWiderThanTheScreen(size);

            open("admin/results.html?c=" + campaign);
            waitFor("table.results[data-level='DEPARTMENT'] a.explain");
            assertThat(browser.findElements(By.cssSelector("table.results th"))).extracting(WebElement::getText)
                    .noneMatch(h -> h.startsWith("LV ")).doesNotContain("Mã").anyMatch(h -> h.contains(". "));
            assertThat(browser.findElements(By.cssSelector("table.results td.index"))).extracting(WebElement::getText)
                    .allSatisfy(i -> assertThat(i).matches("\\d+,\\d\\d"));
            assertThat(browser.findElements(By.cssSelector("ul.warnings li"))).extracting(WebElement::getText)
                    .isNotEmpty().allSatisfy(w -> assertThat(w).doesNotContainPattern("[A-Z]{2,}_[A-Z]"));
            assertThat(text("#version-info")).containsPattern("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
            assertNothingWiderThanTheScreen(size);
        }
    }

    // 5. Charts: unit bars against the minimum, group bars as rates of quota, contrast of graphics at least 3:1.
    @Test
    void chartsMeasureUnitsAgainstTheMinimumAndGroupsAgainstTheirQuota() {
        for (Dimension size : SIZES) {
            login("hoidong", size);
            open("admin/dashboard.html?c=" + campaign);
            waitForPresent("#levels svg line.target");
            assertThat(browser.findElements(By.cssSelector("#levels svg text.target-label")))
                    .extracting(WebElement::getText).allSatisfy(t -> assertThat(t).startsWith("Tối thiểu "));
            assertThat(browser.findElements(By.cssSelector("#group-chart svg line.target"))).hasSize(1);
            assertThat(browser.findElements(By.cssSelector("#warnings li"))).extracting(WebElement::getText)
                    .as("groups by name in warnings").isNotEmpty()
                    .allSatisfy(w -> assertThat(w).doesNotContainPattern("[A-Z]{2,}_[A-Z]"));
            assertThat(browser.findElements(By.cssSelector("#group-chart svg text.value")))
                    .extracting(WebElement::getText).allSatisfy(v -> assertThat(v).matches("\\d+% \\(\\d+/\\d+\\)"));
            for (WebElement track : browser.findElements(By.cssSelector("svg rect.track"))) {
                assertThat(contrast(track.getAttribute("stroke"), "#ffffff")).isGreaterThanOrEqualTo(3.0);
            }
            assertThat(contrast(cssColor("#rate-progress", "border-top-color"), "#ffffff"))
                    .isGreaterThanOrEqualTo(3.0);
            for (WebElement label : browser.findElements(By.cssSelector("#group-chart svg text.label"))) {
                assertThat(((Number) script("var b = arguments[0].getBoundingClientRect(); return b.left;", label))
                        .doubleValue()).as("label inside the screen").isGreaterThanOrEqualTo(0);
                assertThat(label.getText()).isNotBlank();
            }
            assertNothingWiderThanTheScreen(size);
        }
    }

    // 6. Scores page: units by name, the list of units without scores, Vietnamese columns and level words.
    @Test
    void theScoresPageNamesUnitsListsThoseWithoutScoresAndSpeaksOfLevelsInWords() throws IOException {
        Path bad = Files.createTempFile(Path.of("target"), "bad-scores-", ".csv");
        Files.writeString(bad, "unit,item,self_score,appraised_score,appraised_figure\nSO_NOI_VU,1.3.1,,,DUNG_HAN\n");
        List<JsonObject> coverage = api.get("api/campaigns/" + campaign + "/scores/coverage").array()
                .getValuesAs(JsonObject.class);
        List<String> unscored = coverage.stream().filter(u -> u.getInt("rows") == 0).map(u -> u.getString("name"))
                .toList();
        assertThat(coverage.stream().filter(u -> u.getString("level").equals("DEPARTMENT") && u.getInt("rows") == 0))
                .as("18 departments, 5 with the example scores").hasSize(13);
        assertThat(new Api(base).as("hoidong", Api.PASSWORD).get("api/campaigns/" + campaign + "/scores/coverage")
                .status()).as("a council member may read it").isEqualTo(200);
        new Api(base).anonymous().get("api/campaigns/" + campaign + "/scores/coverage").problem(401);
        api.get("api/campaigns/987654/scores/coverage").problem(404);
        api.get("api/campaigns/x%3Cb%3E/scores/coverage").problem(404); // as every campaign path: no such campaign
        for (Dimension size : SIZES) {
            login("thuky", size);
            open("admin/scores.html?c=" + campaign);
            waitFor("#missing li");
            List<String> missing = browser.findElements(By.cssSelector("#missing li")).stream()
                    .map(WebElement::getText).toList();
            assertThat(missing).hasSameSizeAs(unscored).allSatisfy(m -> assertThat(m).doesNotContainPattern("[A-Z]{2,}_"));
            assertThat(missing.get(0)).startsWith(unscored.get(0));
            assertThat(browser.findElements(By.cssSelector("#counts tbody td[data-label='Đơn vị']")))
                    .extracting(WebElement::getText).contains("Sở Xây dựng").noneMatch(u -> u.startsWith("SO_"));
            browser.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
            browser.findElement(By.id("dry-run")).click();
            browser.findElement(By.id("import")).click();
            waitFor("#import-result .message.error li");
            String error = text("#import-result .message.error li");
            assertThat(error).startsWith("Dòng 2, Số liệu hoặc mức thẩm định: ")
                    .contains("“DUNG_HAN”", "“Ban hành đúng thời hạn”", "“Ban hành chậm so với thời hạn”")
                    .doesNotContain("LEVELS", "appraised_figure", "ON_TIME");
            assertNothingWiderThanTheScreen(size);
        }
        Files.delete(bad);
    }

    /** The page is no wider than the window (tables may scroll inside their own box). */
    private static void assertNothingWiderThanTheScreen(Dimension size) {
        long inner = ((Number) script("return window.innerWidth;")).longValue();
        long page = ((Number) script("return document.documentElement.scrollWidth;")).longValue();
        Object wide = script("var out = []; document.querySelectorAll('body *').forEach(function (e) {"
                + " if (e.closest('.table-wrap') && !e.classList.contains('table-wrap')) { return; }"
                + " var r = e.getBoundingClientRect(); if (r.right > window.innerWidth + 1) {"
                + " out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right)); } });"
                + " return out.slice(0, 8).join('; ');");
        assertThat(page).as("page width at %s: %s", size, wide).isLessThanOrEqualTo(inner);
    }

    /** WCAG contrast ratio of two colours given as #rrggbb or rgb(r, g, b). */
    static double contrast(String a, String b) {
        double x = luminance(a), y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    private static double luminance(String color) {
        int[] rgb = new int[3];
        if (color.startsWith("#")) {
            for (int i = 0; i < 3; i++) {
                rgb[i] = Integer.parseInt(color.substring(1 + 2 * i, 3 + 2 * i), 16);
            }
        } else {
            String[] parts = color.replaceAll("[^0-9,]", "").split(",");
            for (int i = 0; i < 3; i++) {
                rgb[i] = Integer.parseInt(parts[i]);
            }
        }
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static String cssColor(String css, String property) {
        return (String) script("return getComputedStyle(document.querySelector(arguments[0]))"
                + ".getPropertyValue(arguments[1]);", css, property);
    }

    /** Logs in through the form as {@code user}, in a window of {@code size}. */
    private void login(String user, Dimension size) {
        browser.manage().window().setSize(size);
        browser.manage().deleteAllCookies();
        open("admin/login.html");
        waitFor("#username").sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
        browser.findElement(By.id("login-button")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/admin/") && !d.getCurrentUrl().contains("login"));
        waitFor("#who");
    }

    private void open(String path) {
        chromium.open(base, path);
    }

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    private static String bodyText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private static WebElement waitFor(String css) {
        return chromium.waitFor(css);
    }

    /** Waits for an element in the page (an SVG line has no area, so it is never "visible" to WebDriver). */
    private static WebElement waitForPresent(String css) {
        return Chromium.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private static void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        chromium.waitUntil(condition);
    }

    private static String text(String css) {
        return chromium.text(css);
    }
}
