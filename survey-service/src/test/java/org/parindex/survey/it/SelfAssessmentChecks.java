package org.parindex.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.Assessment;
import org.parindex.scoring.Campaign;
import org.parindex.scoring.CampaignResult;
import org.parindex.scoring.Framework;
import org.parindex.scoring.format.FrameworkReader;
import org.parindex.scoring.format.ScoreSheet;
import org.parindex.scoring.format.ScoresCsvReader;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.parindex.survey.it.Api.Answer;

/**
 * Issue 14 end to end on the real WAR: the secretariat imports a department's PAR officer and two appraisers, the
 * officer sets a password through the link in the mail and self-assesses with an upload and submits; bad uploads
 * store nothing; other units and levels are refused; the appraiser changes two leaves with comments and sends; the
 * unit explains one with more evidence; the appraiser accepts and finalises; the index then equals scoring-lib on
 * the same data.
 */
abstract class SelfAssessmentChecks {

    static final String SCORES = "../questionnaires/examples/haiduong-2023-so-scores.csv";
    static final Path FRAMEWORK_SO = Path.of("../questionnaires/frameworks/haiduong-3396-so.json");
    static final Pattern LINK = Pattern.compile("activate\\.html#([A-Za-z0-9_-]{43})");
    static final String PASSWORD = "mat-khau-tu-danh-gia-2031";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** The deployment's base URL, set by the enclosing {@code *IT} class (ApiIT: evidence up to 100 000 bytes). */
    URL base;

    @Test
    void aDepartmentSelfAssessesIsAppraisedExplainsAndTheIndexFollows() throws Exception {
        Api admin = new Api(base);
        long campaign = admin.newCampaign("Tự đánh giá 2031", true);
        String c = "api/campaigns/" + campaign;

        // members: a broken file is refused whole, then the right one creates three accounts with links
        String bad = "username,name,email,role,unit,level\n"
                + "cb.noivu,Cán bộ Nội vụ,cb@noivu.example,officer,SO_KHONG_CO,\n"
                + "td.so,Tổ thẩm định sở,td@so.example,appraiser,,XA_KHONG_CO\n";
        JsonObject refused = admin.upload(c + "/members/import", bad.getBytes(StandardCharsets.UTF_8), Api.CSV)
                .problem(422);
        assertThat(refused.toString()).contains("SO_KHONG_CO", "XA_KHONG_CO");
        assertThat(admin.get(c + "/members").array()).isEmpty();
        String members = "username,name,email,role,unit,level\n"
                + "cb.noivu,Nguyễn Thị Lan,lan@noivu.example,officer,SO_NOI_VU,\n"
                + "td.so,Trần Văn Thẩm,tham@sonoivu.example,appraiser,,DEPARTMENT\n"
                + "td.huyen,Lê Văn Huyện,huyen@example.vn,appraiser,,DISTRICT\n";
        Answer imported = admin.upload(c + "/members/import", members.getBytes(StandardCharsets.UTF_8), Api.CSV);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().getInt("created")).isEqualTo(3);
        assertThat(admin.get(c + "/members").array()).hasSize(3);
        Answer reimported = admin.upload(c + "/members/import", members.getBytes(StandardCharsets.UTF_8), Api.CSV);
        assertThat(reimported.json().getInt("unchanged")).as("idempotent: " + reimported.body()).isEqualTo(3);

        Map<String, String> tokens = signInTokens(admin, campaign, 3);
        assertThat(activate(tokens.get("lan@noivu.example"), "short").statusCode()).isEqualTo(422);
        HttpResponse<String> set = activate(tokens.get("lan@noivu.example"), PASSWORD);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(set.body()).contains("cb.noivu");
        HttpResponse<String> again = activate(tokens.get("lan@noivu.example"), PASSWORD + "x");
        assertThat(again.statusCode()).as("single use").isEqualTo(422);
        assertThat(again.body()).contains("\"field\":\"token\"");
        assertThat(activate("A".repeat(43), PASSWORD).statusCode()).isEqualTo(422);
        assertThat(activate(tokens.get("tham@sonoivu.example"), PASSWORD).statusCode()).isEqualTo(200);
        assertThat(activate(tokens.get("huyen@example.vn"), PASSWORD).statusCode()).isEqualTo(200);
        Api officer = admin.as("cb.noivu", PASSWORD);
        Api appraiser = admin.as("td.so", PASSWORD);
        Api districtAppraiser = admin.as("td.huyen", PASSWORD);
        assertThat(officer.get("api/me").json().toString()).contains("SO_NOI_VU", "officer");

        // the officer reaches their own unit only, and nothing of the secretariat's
        String mine = c + "/self-assessments/SO_NOI_VU";
        officer.get(c + "/self-assessments/SO_TAI_CHINH").problem(403);
        officer.put(c + "/self-assessments/SO_TAI_CHINH/leaves/1.2", "{\"selfScore\":\"1\"}").problem(403);
        officer.get(c).problem(403);
        officer.get(c + "/scores").problem(403);
        officer.get(c + "/members").problem(403);
        officer.put(mine + "/appraisal/1.2", "{\"appraisedScore\":\"0\",\"comment\":\"x\"}").problem(403);
        districtAppraiser.get(mine).problem(403);
        districtAppraiser.put(mine + "/appraisal/1.2", "{\"appraisedScore\":\"0\",\"comment\":\"x\"}").problem(403);

        // self-assessment of every leaf, with the example figures and the evidence described
        Framework framework = FrameworkReader.read(FRAMEWORK_SO);
        List<Assessment> examples = ScoresCsvReader.read(Path.of(SCORES), framework).assessments().stream()
                .filter(a -> a.unit().equals("SO_NOI_VU")).toList();
        JsonObject saved = null;
        for (Assessment a : examples) {
            Answer r = officer.put(mine + "/leaves/" + a.item(), "{\"selfFigure\":" + json(a.selfFigure())
                    + ",\"selfScore\":" + json(a.selfScore() == null ? null : a.selfScore().toPlainString())
                    + ",\"explanation\":" + json(a.evidence()) + ",\"notApplicable\":" + a.notApplicable()
                    + ",\"naReason\":" + json(a.explanation()) + "}");
            assertThat(r.status()).as(a.item() + ": " + r.body()).isEqualTo(200);
            saved = r.json();
        }
        assertThat(saved.getJsonObject("totals").getInt("answered")).isEqualTo(examples.size());
        officer.put(mine + "/leaves/1.1.1", "{\"selfFigure\":\"SOMETIMES\"}").problem(422);

        Answer up = officer.upload(mine + "/leaves/1.1.1/evidence?name=" + Api.q("Kế hoạch 221.pdf"), PDF,
                "application/pdf");
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        assertThat(up.json().getString("sha256")).hasSize(64);
        assertThat(up.json().getString("name")).isEqualTo("Kế hoạch 221.pdf");
        long fileId = up.json().getJsonNumber("id").longValue();

        // bad uploads: a clear problem each, and nothing stored
        byte[] big = java.util.Arrays.copyOf(PDF, 150_000);
        assertThat(officer.upload(mine + "/leaves/1.1.1/evidence?name=big.pdf", big, "application/pdf")
                .problem(413).toString()).contains("file");
        assertThat(officer.upload(mine + "/leaves/1.1.1/evidence?name=x.pdf",
                "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .problem(422).toString()).contains("\"file\"");
        assertThat(officer.upload(mine + "/leaves/1.1.1/evidence?name=bomb.docx", zipBomb(),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document").problem(413).toString())
                .contains("zip bomb");
        assertThat(officer.upload(mine + "/leaves/1.1.1/evidence?name=" + Api.q("../../x"), PDF,
                "application/pdf").problem(422).toString()).contains("fileName");
        assertThat(evidence(officer.get(mine).json(), "1.1.1")).hasSize(1);
        Answer download = appraiser.get(mine + "/evidence/" + fileId);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).startsWith("%PDF");
        districtAppraiser.get(mine + "/evidence/" + fileId).problem(403);

        assertThat(officer.post(mine + "/submit", "").json().getString("status")).isEqualTo("SUBMITTED");
        officer.put(mine + "/leaves/1.2", "{\"selfScore\":\"1\"}").problem(409);

        // the appraiser changes two leaves with comments and sends the result
        appraiser.put(mine + "/appraisal/1.1.1", "{\"appraisedFigure\":\"LATE\"}").problem(422);
        assertThat(appraiser.put(mine + "/appraisal/1.1.1", "{\"appraisedFigure\":\"LATE\",\"comment\":"
                + "\"Kế hoạch ban hành sau thời hạn\"}").status()).isEqualTo(200);
        assertThat(appraiser.put(mine + "/appraisal/2.1.1", "{\"appraisedFigure\":\"7/8\",\"comment\":"
                + "\"Thiếu một văn bản\"}").status()).isEqualTo(200);
        JsonObject sent = appraiser.post(mine + "/appraisal/send", "").json();
        assertThat(sent.getString("status")).isEqualTo("APPRAISED");
        assertThat(sent.getBoolean("replyOpen")).isTrue();

        // the unit explains one leaf with more evidence; the appraiser accepts and finalises
        assertThat(officer.put(mine + "/leaves/2.1.1/reply", "{\"reply\":\"Văn bản thứ 8 ban hành ngày 28/12\"}")
                .status()).isEqualTo(200);
        assertThat(officer.upload(mine + "/leaves/2.1.1/evidence?name=QD-28-12.pdf", PDF, "application/pdf")
                .json().getString("stage")).isEqualTo("EXPLANATION");
        assertThat(officer.post(mine + "/explain", "").json().getString("status")).isEqualTo("EXPLAINED");
        assertThat(appraiser.put(mine + "/appraisal/2.1.1", "{\"appraisedFigure\":\"8/8\",\"comment\":"
                + "\"Chấp nhận giải trình\"}").status()).isEqualTo(200);
        JsonObject done = appraiser.post(mine + "/appraisal/finalise", "").json();
        assertThat(done.getString("status")).isEqualTo("FINAL");
        appraiser.put(mine + "/appraisal/1.2", "{\"appraisedScore\":\"0\",\"comment\":\"x\"}").problem(409);

        JsonObject progress = admin.get(c + "/self-assessments/progress").array().getValuesAs(JsonObject.class)
                .stream().filter(l -> l.getString("level").equals("DEPARTMENT")).findFirst().orElseThrow();
        assertThat(progress.getInt("submitted")).isEqualTo(1);
        assertThat(progress.getInt("finalised")).isEqualTo(1);
        officer.get(c + "/self-assessments/progress").problem(403);

        List<String> audited = admin.get("api/audit?campaign=" + campaign + "&action=APPRAISAL_CHANGED&size=50")
                .json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("detail")).toList();
        assertThat(audited).anySatisfy(d -> assertThat(d).contains("trước: số liệu 7/8", "sau: số liệu 8/8"));

        // the index: the final figures, equal to scoring-lib on the same data
        assertThat(admin.post(c + "/status", "{\"status\":\"OPEN\"}").status()).isEqualTo(200);
        JsonObject so = SecretariatChecks.level(admin.get(c + "/results").json(), "DEPARTMENT");
        String csv = admin.get(c + "/scores/csv?level=DEPARTMENT").body();
        ScoreSheet sheet = ScoresCsvReader.read("scores.csv", new StringReader(csv), framework);
        assertThat(sheet.assessments()).filteredOn(a -> a.item().equals("1.1.1")).singleElement()
                .satisfies(a -> {
                    assertThat(a.appraisedFigure()).isEqualTo("LATE");
                    assertThat(a.evidence()).isEqualTo("Kế hoạch 221.pdf");
                });
        CampaignResult direct = Campaign.builder(framework).units(sheet.units()).assessments(sheet.assessments())
                .build().score();
        assertThat(SecretariatChecks.indices(so)).isEqualTo(SecretariatChecks.indices(direct)).containsKey("SO_NOI_VU");
        List<Assessment> expected = new ArrayList<>();
        for (Assessment a : examples) {
            Assessment.Builder b = Assessment.builder("SO_NOI_VU", a.item()).selfFigure(a.selfFigure())
                    .selfScore(a.selfScore()).explanation(a.evidence()).notApplicable(a.notApplicable());
            String fig = a.item().equals("1.1.1") ? "LATE" : a.selfFigure();
            expected.add((a.selfScore() != null ? b.appraisedScore(a.selfScore()) : b.appraisedFigure(fig)).build());
        }
        CampaignResult independent = Campaign.builder(framework).units(sheet.units()).assessments(expected)
                .build().score();
        assertThat(SecretariatChecks.indices(so).get("SO_NOI_VU"))
                .isEqualTo(SecretariatChecks.indices(independent).get("SO_NOI_VU"));
    }

    @Test
    @Tag(Chromium.TAG)
    void inTheBrowserTheUnitsFormWorksAt360PxAndTheAppraisersScreenAt1366Px() throws Exception {
        Api admin = new Api(base);
        long campaign = admin.newCampaign("Trình duyệt tự đánh giá", true);
        String c = "api/campaigns/" + campaign;
        String members = "username,name,email,role,unit,level\n"
                + "cb.taichinh,Phạm Thu Hà,ha@taichinh.example,officer,SO_TAI_CHINH,\n"
                + "td.so2,Đỗ Văn Định,dinh@example.vn,appraiser,,DEPARTMENT\n";
        assertThat(admin.upload(c + "/members/import", members.getBytes(StandardCharsets.UTF_8), Api.CSV).status())
                .isEqualTo(200);
        Map<String, String> tokens = signInTokens(admin, campaign, 2);
        Path pdf = java.nio.file.Files.createTempFile(Path.of("target"), "quyet-dinh-", ".pdf");
        java.nio.file.Files.write(pdf, PDF);
        Chromium chromium = Chromium.start("chromium-selfassessment", 1280, 1000);
        ChromeDriver browser = chromium.driver;
        try {
            // the officer sets a password through the link, logs in and lands on the form, 360 px wide
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
            browser.get(root() + "admin/activate.html#" + tokens.get("ha@taichinh.example"));
            chromium.waitFor("#password").sendKeys(PASSWORD);
            browser.findElement(By.id("confirm")).sendKeys(PASSWORD);
            browser.findElement(By.id("activate-button")).click();
            chromium.waitFor("#activate-done");
            assertThat(browser.getCurrentUrl()).doesNotContain(tokens.get("ha@taichinh.example"));
            browser.findElement(By.id("to-login")).click();
            chromium.waitFor("#username").sendKeys("cb.taichinh");
            browser.findElement(By.id("password")).sendKeys(PASSWORD);
            browser.findElement(By.id("login-button")).click();
            WebElement level = chromium.waitFor("select[id='v-1.1.1']");
            assertThat(browser.getCurrentUrl()).contains("selfassess.html");
            new Select(level).selectByValue("ON_TIME");
            chromium.waitUntil(d -> d.findElement(By.id("answered")).getText().startsWith("1/"));
            browser.findElement(By.id("file-1.1.1")).sendKeys(pdf.toAbsolutePath().toString());
            chromium.waitUntil(d -> !d.findElements(By.cssSelector("#leaf-1\\.1\\.1 ul.evidence a"))
                    .isEmpty());
            assertThat(chromium.overflow()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(0);
            assertThat(browser.findElement(By.id("explain")).isDisplayed()).as("no explanation before appraisal")
                    .isFalse();
            assertThat(browser.findElement(By.id("submit")).isDisplayed()).isTrue();
            chromium.screenshot("selfassess-360.png");

            // the rest through the API; submitted, the appraiser works at 1366 px
            Api officer = admin.as("cb.taichinh", PASSWORD);
            String dossier = c + "/self-assessments/SO_TAI_CHINH";
            Framework framework = FrameworkReader.read(FRAMEWORK_SO);
            for (Assessment a : ScoresCsvReader.read(Path.of(SCORES), framework).assessments()) {
                if (a.unit().equals("SO_TAI_CHINH") && !a.item().equals("1.1.1")) {
                    assertThat(officer.put(dossier + "/leaves/" + a.item(), "{\"selfFigure\":" + json(a.selfFigure())
                            + ",\"selfScore\":" + json(a.selfScore() == null ? null : a.selfScore().toPlainString())
                            + ",\"notApplicable\":" + a.notApplicable() + ",\"naReason\":\"không có nhiệm vụ\"}")
                            .status()).isEqualTo(200);
                }
            }
            assertThat(officer.post(dossier + "/submit", "").status()).isEqualTo(200);
            assertThat(activate(tokens.get("dinh@example.vn"), PASSWORD).statusCode()).isEqualTo(200);
            browser.manage().deleteAllCookies();
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
            browser.get(root() + "admin/login.html");
            chromium.waitFor("#username").sendKeys("td.so2");
            browser.findElement(By.id("password")).sendKeys(PASSWORD);
            browser.findElement(By.id("login-button")).click();
            WebElement appraised = chromium.waitFor("select[id='a-1.1.1']");
            assertThat(browser.getCurrentUrl()).contains("appraisal.html");
            assertThat(browser.findElement(By.cssSelector("#leaf-1\\.1\\.1")).getText()).contains("ON_TIME",
                    "quyet-dinh-");
            browser.findElement(By.id("c-1.1.1")).sendKeys("Ban hành chậm so với kế hoạch");
            new Select(appraised).selectByValue("LATE");
            chromium.waitUntil(d -> d.findElement(By.cssSelector("#leaf-1\\.1\\.1")).getText()
                    .contains("Đã lưu"));
            assertThat(chromium.overflow()).as("no sideways scrolling at 1366 px").isLessThanOrEqualTo(0);
            assertThat(browser.findElement(By.id("finalise")).isDisplayed()).as("not before sending").isFalse();
            chromium.screenshot("appraisal-1366.png");
            assertThat(admin.get(dossier).json().getJsonArray("leaves").getValuesAs(JsonObject.class).stream()
                    .filter(l -> l.getString("code").equals("1.1.1")).findFirst().orElseThrow()
                    .getString("appraisedFigure")).isEqualTo("LATE");
            browser.findElement(By.id("send")).click();
            chromium.waitUntil(d -> d.findElement(By.id("status")).getText().contains("Đã gửi"));

            // the secretariat's dashboard shows each level's progress and leads to each dossier (issue 14)
            browser.manage().deleteAllCookies();
            browser.get(root() + "admin/login.html");
            chromium.waitFor("#username").sendKeys("thuky");
            browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
            browser.findElement(By.id("login-button")).click();
            chromium.waitUntil(d -> !d.getCurrentUrl().contains("login"));
            browser.get(root() + "admin/dashboard.html?c=" + campaign);
            WebElement departments = chromium.waitFor("#self-progress tr[data-level='DEPARTMENT']");
            List<String> cells = departments.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertThat(cells.get(1)).as("units of the level").isNotEqualTo("0");
            assertThat(cells.subList(2, 6)).as("submitted, appraised, explained, final").containsExactly("1", "1", "0",
                    "0");
            browser.findElement(By.cssSelector("#self-units summary")).click();
            assertThat(chromium.waitFor("#self-list a[href*='u=SO_TAI_CHINH']").getText()).isNotBlank();

            // an officer's account keeps its role on the accounts page: shown in words, not a select of other roles
            browser.manage().deleteAllCookies();
            browser.get(root() + "admin/login.html");
            chromium.waitFor("#username").sendKeys("admin");
            browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
            browser.findElement(By.id("login-button")).click();
            chromium.waitUntil(d -> !d.getCurrentUrl().contains("login"));
            browser.get(root() + "admin/users.html");
            WebElement officerRole = chromium.waitFor("#accounts tbody span[data-role='officer']");
            assertThat(officerRole.getText()).isEqualTo("Cán bộ đầu mối CCHC của đơn vị");
            assertThat(officerRole.findElement(By.xpath("./ancestor::tr")).findElements(By.tagName("select")))
                    .isEmpty();
        } finally {
            chromium.close();
        }
    }

    private String root() {
        return (base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    /** The sign-in tokens of the last {@code count} mails, by recipient, once the worker has written them. */
    private Map<String, String> signInTokens(Api admin, long campaign, int count) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            List<JsonObject> files = admin.get("api/campaigns/" + campaign + "/outbox/files").json()
                    .getJsonArray("files").getValuesAs(JsonObject.class);
            if (files.size() >= count || System.nanoTime() > until) {
                assertThat(files).hasSizeGreaterThanOrEqualTo(count);
                Map<String, String> tokens = new java.util.HashMap<>();
                for (JsonObject f : files) {
                    Answer eml = admin.get(f.getString("href").replaceFirst("^/?[^/]*/api/", "api/"));
                    MimeMessage m = new MimeMessage(Session.getInstance(new Properties()),
                            new ByteArrayInputStream(eml.body().getBytes(StandardCharsets.UTF_8)));
                    Matcher link = LINK.matcher(text(m));
                    assertThat(link.find()).as(eml.body()).isTrue();
                    tokens.put(m.getAllRecipients()[0].toString().replaceAll(".*<|>.*", ""), link.group(1));
                }
                return tokens;
            }
            Thread.sleep(200);
        }
    }

    private static String text(Part p) throws Exception {
        if (p.isMimeType("text/plain")) {
            return (String) p.getContent();
        }
        if (p.getContent() instanceof Multipart mp) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < mp.getCount(); i++) {
                s.append(text(mp.getBodyPart(i)));
            }
            return s.toString();
        }
        return "";
    }

    private HttpResponse<String> activate(String token, String password) throws IOException, InterruptedException {
        String form = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        URI uri = URI.create((base.toString().endsWith("/") ? base.toString() : base + "/") + "admin/activate");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Requested-With", "fetch")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<JsonObject> evidence(JsonObject dossier, String item) {
        return dossier.getJsonArray("leaves").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("code").equals(item)).findFirst().orElseThrow()
                .getJsonArray("evidence").getValuesAs(JsonObject.class);
    }

    private static String json(String s) {
        return s == null ? "null" : jakarta.json.Json.createValue(s).toString();
    }

    /** A DOCX-shaped archive of about 40 KB whose document expands to 40 MB of zeros (the limit is 32 MB a part). */
    static byte[] zipBomb() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
