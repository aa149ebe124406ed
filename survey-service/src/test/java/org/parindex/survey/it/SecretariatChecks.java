package org.parindex.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parindex.scoring.Campaign;
import org.parindex.scoring.CampaignResult;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Questionnaire;
import org.parindex.scoring.SurveyTally;
import org.parindex.scoring.UnitResult;
import org.parindex.scoring.format.AnswersCsvReader;
import org.parindex.scoring.format.FrameworkReader;
import org.parindex.scoring.format.QuestionnaireReader;
import org.parindex.scoring.format.ScoreSheet;
import org.parindex.scoring.format.ScoresCsvReader;
import org.parindex.scoring.format.UnitsCsvReader;
import org.parindex.survey.it.Api.Answer;

/**
 * The secretariat (issue 7) on the real WAR: login and roles, scores import, results and publication, the
 * audit log through HTTP; the whole path from a sample plan to the published index, checked against scoring-lib
 * computing directly from the same data; and the pages in Debian's headless Chromium.
 */
abstract class SecretariatChecks {

    static final String SCORES = "../questionnaires/examples/haiduong-2023-so-scores.csv";
    static final Path FRAMEWORK_SO = Path.of("../questionnaires/frameworks/haiduong-3396-so.json");

    private static Chromium chromium;
    private static ChromeDriver browser;

    /** The WAR with quick mail sending and reminders allowed at once (config of a higher ordinal). */

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.start("chromium-secretariat", 1280, 1000);
        browser = chromium.driver;
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** The deployment's base URL, set by the enclosing {@code *IT} class. */
    URL base;

    private Api api;

    /** The demo accounts' password (demo mode is on in the tests), see the README. */
    static final String PASSWORD = Api.PASSWORD;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    @Test
    void theSecretariatApiDemandsALoginAndARoleButRespondentPagesDoNot() {
        Api nobody = new Api(base).anonymous();
        Answer anonymous = nobody.get("api/audit");
        anonymous.problem(401);
        nobody.get("api/campaigns").problem(401);
        nobody.as("hoidong", PASSWORD).post("api/campaigns", "{\"samplePlan\":\"haiduong-2023\"}").problem(403);
        assertThat(nobody.as("thuky", PASSWORD).get("api/campaigns").status()).isEqualTo(200);
        nobody.as("admin", "sai-mat-khau-123").get("api/audit").problem(401);
        nobody.as("admin", "").get("api/audit").problem(401);
        nobody.as("khong-co-ai", PASSWORD).get("api/audit").problem(401);
        Answer page = nobody.get("admin/index.html");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).hasValueSatisfying(l -> assertThat(l).contains("/admin/login.html?next="));
        assertThat(nobody.get("admin/login.html").status()).isEqualTo(200);
        assertThat(nobody.get("q/api/khong-co-ma-nay").status()).isNotIn(401, 403);

        String user = "xem." + System.nanoTime() % 100000;
        assertThat(api.post("api/accounts", "{\"username\":\"" + user + "\",\"displayName\":"
                + "\"Thành viên Hội đồng\",\"role\":\"viewer\",\"password\":\"mat-khau-dai-du\"}").status())
                .isEqualTo(201);
        Api viewer = new Api(base).as(user, "mat-khau-dai-du");
        assertThat(viewer.get("api/accounts/me").json().getString("role")).isEqualTo("viewer");
        long campaign = api.newCampaign("Quyền", true);
        assertThat(viewer.get("api/campaigns/" + campaign + "/results").status()).isEqualTo(200);
        assertThat(viewer.upload("api/campaigns/" + campaign + "/scores/import", Api.file(SCORES),
                Api.CSV).problem(403).getString("detail")).contains("Vai trò");
        viewer.get("api/audit").problem(403);
        viewer.get("api/accounts").problem(403);
        assertThat(nobody.as("thuky", PASSWORD).get("api/audit").status()).isEqualTo(200);
        nobody.as("thuky", PASSWORD).get("api/accounts").problem(403);

        Answer weak = api.post("api/accounts", "{\"username\":\"ngan\",\"displayName\":\"Ngắn\","
                + "\"role\":\"secretary\",\"password\":\"123\"}");
        weak.problem(422);
        assertThat(weak.fields()).containsExactly("password");
        api.put("api/accounts/admin", "{\"role\":\"viewer\"}").problem(409);
        assertThat(api.put("api/accounts/" + user, "{\"enabled\":false}").status()).isEqualTo(200);
        viewer.get("api/accounts/me").problem(401);
        assertThat(api.get("api/audit?action=USER_CHANGED").json().getJsonArray("items").toString())
                .contains(user).doesNotContain("mat-khau");
    }

    @Test
    void importsTheExampleScoresAllOrNothingAndReimportingChangesNothing() {
        long campaign = api.newCampaign("Điểm mẫu", true);

        Answer first = api.upload("api/campaigns/" + campaign + "/scores/import", Api.file(SCORES),
                Api.CSV);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().getInt("rows")).isEqualTo(325);
        assertThat(first.json().getInt("created")).isEqualTo(325);
        assertThat(first.json().getBoolean("applied")).isTrue();

        Answer again = api.upload("api/campaigns/" + campaign + "/scores/import", Api.file(SCORES),
                Api.CSV);
        assertThat(again.json().getInt("unchanged")).isEqualTo(325);

        List<JsonObject> rows = api.get("api/campaigns/" + campaign + "/scores?unit=SO_XAY_DUNG")
                .array().getValuesAs(JsonObject.class);
        assertThat(rows).hasSize(65);
        assertThat(rows).extracting(r -> r.getString("unit")).containsOnly("SO_XAY_DUNG");

        Answer csv = api.get("api/campaigns/" + campaign + "/scores/csv?level=DEPARTMENT");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("unit,unit_name,item,self_score,self_figure,appraised_score")
                .contains("SO_NOI_VU,Sở Nội vụ,1.1.1,,ON_TIME,,ON_TIME,");
    }

    @Test
    void aBrokenScoresFileIsRejectedWholeWithItsRowsNamed() {
        long campaign = api.newCampaign("Điểm lỗi", true);
        String broken = "unit,item,self_score,appraised_score\nSO_NOI_VU,1.2,1,1\nSO_NOI_VU,1.2,1,7\n"
                + "SO_KHONG_CO,1.2,1,1\nBINH_GIANG,9.9,1,1\n";

        Answer a = api.upload("api/campaigns/" + campaign + "/scores/import",
                broken.getBytes(StandardCharsets.UTF_8), Api.CSV);

        JsonObject problem = a.problem(422);
        assertThat(a.rows()).containsExactly(3, 4, 5);
        assertThat(a.fields()).contains("appraised_score", "unit", "item");
        assertThat(problem.getJsonObject("report").getInt("rejected")).isEqualTo(3);
        assertThat(api.get("api/campaigns/" + campaign + "/scores").array()).isEmpty();
    }

    @Test
    void changingOneScoreIsCheckedAndAuditLogged() {
        long campaign = api.newCampaign("Sửa điểm", true);
        String path = "api/campaigns/" + campaign + "/scores/SO_Y_TE/1.2";

        assertThat(api.put(path, "{\"selfScore\":\"1\",\"appraisedScore\":\"0.5\",\"evidence\":\"Báo cáo 12\"}")
                .status()).isEqualTo(200);
        Answer tooMuch = api.put(path, "{\"selfScore\":\"1\",\"appraisedScore\":\"3\"}");
        tooMuch.problem(422);
        assertThat(tooMuch.fields()).containsExactly("appraised_score");
        api.put(path, "{\"selfScore\":\"1\",\"appraisedScore\":\"0.75\",\"evidence\":\"Báo cáo 12\"}");

        List<JsonObject> entries = api.get("api/audit?campaign=" + campaign + "&action=SCORE_CHANGED")
                .json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).getString("target")).isEqualTo("SO_Y_TE, 1.2");
        assertThat(entries.get(0).getString("detail")).contains("thẩm định 0.5", "thẩm định 0.75");
        api.put(path.replace("/SO_Y_TE/", "/SO_KHONG_CO/"), "{\"appraisedScore\":\"1\"}").problem(404);
    }

    @Test
    void theIndexEqualsScoringLibOnTheSameDataAndPublishedVersionsNeverChange() {
        long campaign = api.newCampaign("Chỉ số", true);
        String c = "api/campaigns/" + campaign;
        assertThat(api.upload(c + "/scores/import", Api.file(SCORES), Api.CSV).status()).isEqualTo(200);
        api.post(c + "/publications", "{}").problem(409);
        assertThat(api.post("api/campaigns/" + campaign + "/status", "{\"status\":\"OPEN\"}").status())
                .isEqualTo(200);

        JsonObject live = api.get(c + "/results").json();
        JsonObject so = level(live, "DEPARTMENT");
        assertThat(so.getString("frameworkCode")).isEqualTo("HD-3396-SO");
        assertThat(so.getJsonArray("warnings").getString(0)).contains("13 đơn vị");
        Framework framework = FrameworkReader.read(FRAMEWORK_SO);
        ScoreSheet sheet = ScoresCsvReader.read(Path.of(SCORES), framework);
        CampaignResult direct = Campaign.builder(framework).units(sheet.units()).assessments(sheet.assessments())
                .build().score();
        assertThat(indices(so)).isEqualTo(indices(direct)).hasSize(5);
        assertThat(level(live, "DISTRICT").getJsonArray("rows")).isEmpty();

        Answer published = api.post(c + "/publications", "{\"note\":\"Họp Hội đồng\"}");
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        assertThat(published.json().getInt("version")).isEqualTo(1);
        assertThat(published.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/publications/1"));

        api.put(c + "/scores/SO_XAY_DUNG/1.2", "{\"appraisedScore\":\"0\"}");
        Map<String, String> v1 = indices(level(api.get(c + "/publications/1").json(), "DEPARTMENT"));
        assertThat(v1).isEqualTo(indices(direct));
        assertThat(indices(level(api.get(c + "/results").json(), "DEPARTMENT")).get("SO_XAY_DUNG"))
                .isNotEqualTo(v1.get("SO_XAY_DUNG"));
        assertThat(api.post(c + "/publications", "{}").json().getInt("version")).isEqualTo(2);
        assertThat(api.get(c + "/publications").array()).hasSize(2);

        String frozen = c + "/publications/1/levels/DEPARTMENT/";
        Framework f = FrameworkReader.parse("framework.json", api.get(frozen + "framework.json").body());
        CampaignResult again = Campaign.builder(f)
                .units(UnitsCsvReader.read("units.csv", new StringReader(api.get(frozen + "units.csv").body())))
                .assessments(ScoresCsvReader.read("scores.csv", new StringReader(api.get(frozen + "scores.csv")
                        .body()), f).assessments())
                .tally(AnswersCsvReader.read("answers.csv", new StringReader(api.get(frozen + "answers.csv").body()),
                        f))
                .build().score();
        assertThat(indices(again)).isEqualTo(v1);

        JsonObject explanation = api.get(c + "/publications/1/units/SO_XAY_DUNG/explanation").json();
        assertThat(explanation.getString("format")).isEqualTo("parindex-explanation/1");
        assertThat(explanation.getJsonArray("leafLosses")).isNotEmpty();
        assertThat(api.get(c + "/results/units/SO_XAY_DUNG/explanation?format=text").body())
                .contains("GIẢI TRÌNH CHỈ SỐ CCHC", "Sở Xây dựng");
        api.get(c + "/results/units/SO_NONG_NGHIEP_PTNT/explanation").problem(404);

        Answer pdf = api.get(c + "/publications/1/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        Answer xlsx = api.get(c + "/publications/2/xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith("PK");
        api.get(c + "/publications/9").problem(404);

        List<JsonObject> audit = api.get("api/audit?campaign=" + campaign + "&action=RESULTS_PUBLISHED")
                .json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(audit).extracting(e -> e.getString("target")).containsExactly("phiên bản 2", "phiên bản 1");
    }

    static JsonObject level(JsonObject sheet, String code) {
        return sheet.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("level").equals(code)).findFirst().orElseThrow();
    }

    /** Unit code → index as text, from a results table of the API. */
    static Map<String, String> indices(JsonObject level) {
        Map<String, String> map = new TreeMap<>();
        level.getJsonArray("rows").getValuesAs(JsonObject.class)
                .forEach(r -> map.put(r.getString("unit"), r.getJsonNumber("index").bigDecimalValue().toPlainString()));
        return map;
    }

    /** Unit code → index as text, computed by scoring-lib. */
    static Map<String, String> indices(CampaignResult result) {
        Map<String, String> map = new TreeMap<>();
        for (UnitResult u : result.units()) {
            map.put(u.code(), u.index().toPlainString());
        }
        return map;
    }

    @Test
    void fromPlanToPublishedIndexOverHttpTheIndexEqualsScoringLibOnTheSameData() {
        long campaign = api.newCampaign("Từ đầu đến cuối", true);
        String respondents = "full_name,position,organisation,email,group,home_unit\n"
                + "Nguyễn Văn An,Đại biểu,HĐND tỉnh,an.e2e@example.invalid,HDND_TINH,\n"
                + "Trần Thị Bình,Đại biểu,HĐND tỉnh,binh.e2e@example.invalid,HDND_TINH,\n"
                + "Lê Văn Cường,Phó Chủ tịch,UBND huyện Bình Giang,cuong.e2e@example.invalid,LANH_DAO_UBND_HUYEN,"
                + "BINH_GIANG\n"
                + "Phạm Thị Dung,Đại biểu,HĐND tỉnh,,HDND_TINH,\n";
        assertThat(api.upload("api/campaigns/" + campaign + "/respondents/import",
                respondents.getBytes(StandardCharsets.UTF_8), Api.CSV).json().getInt("created")).isEqualTo(4);
        assertThat(api.post("api/campaigns/" + campaign + "/status", "{\"status\":\"OPEN\"}").status())
                .isEqualTo(200);
        String c = "api/campaigns/" + campaign;
        JsonObject invited = api.post(c + "/invitations", "{}").json();
        assertThat(invited.getInt("done")).isEqualTo(4);
        assertThat(invited.getJsonObject("batch").getInt("total")).isEqualTo(3);

        Map<String, Questionnaire> forms = forms();
        Map<String, Long> expected = new TreeMap<>();
        Map<String, Long> ids = new HashMap<>();
        api.get("api/campaigns/" + campaign + "/respondents?size=50").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).forEach(r -> ids.put(r.getString("fullName"), r.getJsonNumber("id")
                        .longValue()));
        int n = 0;
        for (String name : List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường")) {
            String link = api.get("api/campaigns/" + campaign + "/invitations/" + ids.get(name) + "/link").json()
                    .getString("link");
            String token = link.substring(link.lastIndexOf("/q/") + 3);
            JsonObject page = new Api(base).anonymous().get("q/api/" + token).json();
            String group = name.equals("Lê Văn Cường") ? "LANH_DAO_UBND_HUYEN" : "HDND_TINH";
            Answer submitted = new Api(base).anonymous().post("q/api/" + token + "/submission",
                    answers(page, forms, group, ++n, expected));
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        }
        JsonObject paper = api.get(c + "/paper/" + ids.get("Phạm Thị Dung")).json();
        Answer entered = api.post(c + "/paper/" + ids.get("Phạm Thị Dung"),
                answers(paper.getJsonObject("sheet"), forms, "HDND_TINH", ++n, expected));
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        assertThat(entered.json().getString("channel")).isEqualTo("PAPER");
        api.post(c + "/paper/" + ids.get("Phạm Thị Dung"), answers(paper.getJsonObject("sheet"), forms, "HDND_TINH",
                n, new TreeMap<>())).problem(409);

        JsonObject dashboard = api.get(c + "/dashboard").json();
        assertThat(dashboard.getInt("submitted")).isEqualTo(4);
        assertThat(dashboard.getJsonNumber("responseRate").doubleValue()).isEqualTo(100.0);
        JsonObject departments = dashboard.getJsonArray("levels").getValuesAs(JsonObject.class).get(0);
        assertThat(departments.getJsonArray("units").getValuesAs(JsonObject.class))
                .allSatisfy(u -> assertThat(u.getInt("raters")).isEqualTo(4));

        assertThat(api.upload(c + "/scores/import", Api.file(SCORES), Api.CSV).status()).isEqualTo(200);
        Framework framework = FrameworkReader.read(FRAMEWORK_SO);
        ScoreSheet sheet = ScoresCsvReader.read(Path.of(SCORES), framework);
        SurveyTally.Builder tally = SurveyTally.builder();
        List<String> scored = sheet.units().stream().map(org.parindex.scoring.Unit::code).toList();
        expected.forEach((key, count) -> {
            String[] k = key.split("\\|");
            if (scored.contains(k[0]) && framework.leaf(k[1]).isPresent()) {
                tally.add(k[0], k[1], k[2], k[3], count);
            }
        });
        CampaignResult direct = Campaign.builder(framework).units(sheet.units()).assessments(sheet.assessments())
                .tally(tally.build()).build().score();

        JsonObject live = level(api.get(c + "/results").json(), "DEPARTMENT");
        assertThat(indices(live)).isEqualTo(indices(direct)).hasSize(5);
        assertThat(live.getJsonNumber("answers").longValue()).isEqualTo(tally.build().answers());
        JsonObject published = api.post(c + "/publications", "{}").json();
        assertThat(published.getJsonNumber("submissions").longValue()).isEqualTo(4);
        assertThat(published.getJsonArray("levels").getJsonObject(0).getString("frameworkVersion"))
                .isEqualTo("2022-2030");
        SurveyTally frozen = AnswersCsvReader.read("answers.csv", new StringReader(api.get(c + "/publications/"
                + published.getInt("version") + "/levels/DEPARTMENT/answers.csv").body()), framework);
        assertThat(frozen).isEqualTo(tally.build());
        assertThat(indices(level(api.get(c + "/publications/1").json(), "DEPARTMENT"))).isEqualTo(indices(direct));

        List<JsonObject> audit = api.get("api/audit?campaign=" + campaign + "&size=100").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(audit).extracting(e -> e.getString("action")).contains("INVITATIONS_SENT", "PAPER_ENTERED",
                "SCORES_IMPORTED", "RESULTS_PUBLISHED", "CAMPAIGN_CREATED", "RESPONDENTS_IMPORTED",
                "CAMPAIGN_STATUS_CHANGED", "LINK_READ");
        assertThat(audit.stream().filter(e -> e.getString("action").equals("PAPER_ENTERED")).findFirst()
                .orElseThrow().getString("target")).contains("Phạm Thị Dung");
    }

    @Test
    @Tag(Chromium.TAG)
    void inTheBrowserASecretaryLogsInSeesTheRateRiseSendsARemindersAndOpensAnExplanation() {
        long campaign = api.newCampaign("Trình duyệt", true);
        api.upload("api/campaigns/" + campaign + "/respondents/import", ("full_name,email,group\n"
                + "Vũ Thị Én,en.web@example.invalid,LANH_DAO_MTTQ_TINH\n"
                + "Đỗ Văn Gia,gia.web@example.invalid,LANH_DAO_MTTQ_TINH\n").getBytes(StandardCharsets.UTF_8), Api.CSV);
        api.post("api/campaigns/" + campaign + "/status", "{\"status\":\"OPEN\"}");
        String c = "api/campaigns/" + campaign;
        api.post(c + "/invitations", "{}");
        api.upload(c + "/scores/import", Api.file(SCORES), Api.CSV);

        browser.manage().deleteAllCookies();
        open("admin/dashboard.html?c=" + campaign);
        waitFor("#username").sendKeys("thuky");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-button")).click();
        waitUntil(d -> text("#submitted").equals("0") && text("#rate-overall").startsWith("0"));
        assertThat(text("#who")).contains("Tổ thư ký");

        long first = api.get("api/campaigns/" + campaign + "/respondents?size=5").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        String link = api.get("api/campaigns/" + campaign + "/invitations/" + first + "/link").json()
                .getString("link");
        String token = link.substring(link.lastIndexOf("/q/") + 3);
        JsonObject page = new Api(base).anonymous().get("q/api/" + token).json();
        assertThat(new Api(base).anonymous().post("q/api/" + token + "/submission", answers(page, forms(),
                "LANH_DAO_MTTQ_TINH", 7, new TreeMap<>())).status()).isEqualTo(201);
        waitUntil(d -> text("#submitted").equals("1") && text("#rate-overall").startsWith("50"));
        assertThat(text("#groups tr[data-group='LANH_DAO_MTTQ_TINH'] .submitted")).isEqualTo("1");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("group")))
                .selectByValue("LANH_DAO_MTTQ_TINH");
        browser.findElement(By.id("remind")).click();
        waitUntil(d -> text("#batch-text").contains("Thư nhắc: đã gửi 1/1 thư") && text("#batch-text").contains("xong"));
        assertThat(api.get("api/audit?campaign=" + campaign + "&action=REMINDERS_SENT").json()
                .getJsonArray("items").getJsonObject(0).getString("actor")).isEqualTo("thuky");
        // simulated answers are for the demo campaign only; the second person answers through the link instead
        api.post(c + "/dashboard/demo-answers", "{\"count\":5}").problem(409);
        long second = api.get("api/campaigns/" + campaign + "/respondents?size=5").json().getJsonArray("items")
                .getJsonObject(1).getJsonNumber("id").longValue();
        String link2 = api.get("api/campaigns/" + campaign + "/invitations/" + second + "/link").json()
                .getString("link");
        String token2 = link2.substring(link2.lastIndexOf("/q/") + 3);
        JsonObject page2 = new Api(base).anonymous().get("q/api/" + token2).json();
        assertThat(new Api(base).anonymous().post("q/api/" + token2 + "/submission", answers(page2, forms(),
                "LANH_DAO_MTTQ_TINH", 8, new TreeMap<>())).status()).isEqualTo(201);
        waitUntil(d -> text("#submitted").equals("2") && text("#rate-overall").startsWith("100"));

        open("admin/results.html?c=" + campaign);
        waitFor("table.results[data-level='DEPARTMENT'] a.explain");
        browser.findElement(By.cssSelector("table.results th[data-key='index']")).click();
        waitUntil(d -> "descending".equals(browser.findElement(By.cssSelector("table.results th[data-key='index']"))
                .getAttribute("aria-sort")));
        browser.findElement(By.cssSelector("tr[data-unit='SO_XAY_DUNG'] a.explain")).click();
        waitUntil(d -> text("#explanation-title").contains("Sở Xây dựng") && !text("#details").isEmpty());
        assertThat(browser.findElements(By.cssSelector("#details details"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#losses tbody tr"))).isNotEmpty();
    }

    @Test
    @Tag(Chromium.TAG)
    void inTheBrowserAPageWithoutLoginIsRefusedAndAViewerCannotManageUsers() {
        browser.manage().deleteAllCookies();
        open("admin/results.html?c=1");
        waitUntil(d -> d.getCurrentUrl().contains("/admin/login.html"));
        open("admin/login.html");
        waitFor("#username").sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("sai-mat-khau-1");
        browser.findElement(By.id("login-button")).click();
        waitFor("#login-error");
        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys("hoidong");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-button")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/admin/") && !d.getCurrentUrl().contains("login"));
        open("admin/users.html");
        waitUntil(d -> d.getPageSource().contains("không có quyền"));
        open("admin/index.html");
        waitFor("#logout").click();
        waitFor("#logged-out");
        open("admin/dashboard.html?c=1");
        waitUntil(d -> d.getCurrentUrl().contains("/admin/login.html"));
    }

    /** The questionnaires of the shipped forms, by code. */
    static Map<String, Questionnaire> forms() {
        Map<String, Questionnaire> forms = new HashMap<>();
        try (var files = Files.list(Path.of("../questionnaires/forms"))) {
            for (Path f : files.toList()) {
                Questionnaire q = QuestionnaireReader.read(f);
                forms.put(q.code(), q);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return forms;
    }

    /**
     * A complete answer set for a page (or sheet) of forms: each cell gets an option picked by a fixed rule from the
     * respondent's number, so that answers differ; every answer is added to {@code expected} as
     * {@code unit|criterion|group|option}.
     */
    static String answers(JsonObject page, Map<String, Questionnaire> forms, String group, int respondent,
                          Map<String, Long> expected) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObject form : page.getJsonArray("forms").getValuesAs(JsonObject.class)) {
            Questionnaire q = forms.get(form.getString("code"));
            int u = 0;
            for (JsonObject unit : form.getJsonArray("units").getValuesAs(JsonObject.class)) {
                u++;
                for (JsonObject section : form.getJsonArray("sections").getValuesAs(JsonObject.class)) {
                    int i = 0;
                    for (JsonObject question : section.getJsonArray("questions").getValuesAs(JsonObject.class)) {
                        List<JsonObject> options = question.getJsonArray("options").getValuesAs(JsonObject.class);
                        String option = options.get((respondent * 7 + u * 3 + i++) % options.size()).getString("code");
                        list.add(Json.createObjectBuilder().add("form", form.getString("code"))
                                .add("question", question.getString("code")).add("unit", unit.getString("code"))
                                .add("option", option));
                        String criterion = q.question(question.getString("code")).orElseThrow().criterion();
                        expected.merge(unit.getString("code") + "|" + criterion + "|" + group + "|" + option, 1L,
                                Long::sum);
                    }
                }
            }
        }
        return Json.createObjectBuilder().add("answers", list).build().toString();
    }

    private void open(String path) {
        chromium.open(base, path);
    }

    private static org.openqa.selenium.WebElement waitFor(String css) {
        return chromium.waitFor(css);
    }

    private static void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        chromium.waitUntil(condition);
    }

    private static String text(String css) {
        return chromium.text(css);
    }
}
