package org.parindex.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.survey.it.Api.Answer;

/**
 * The real WAR on Payara Micro with embedded Derby, through HTTP only: health, OpenAPI, the demo campaign, sample
 * plans, campaigns with their status rules, groups and units, each with good and bad input.
 */
abstract class CampaignApiChecks {


    /** The deployment's base URL, set by the enclosing {@code *IT} class. */
    URL base;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    @Test
    void isReadyWithItsDatabaseAndAlive() {
        Answer ready = api.get("/health/ready");
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        JsonObject db = ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertThat(db.getString("status")).isEqualTo("UP");
        assertThat(db.getJsonObject("data").getString("product"))
                .isEqualTo(TestDatabase.postgresql() ? "PostgreSQL" : "Apache Derby");
        assertThat(api.get("/health/live").json().getString("status")).isEqualTo("UP");
    }

    @Test
    void documentsTheWholeApiInOpenApi() {
        Answer doc = api.get("/openapi");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body()).contains("/api/campaigns:", "/api/campaigns/{id}/status:",
                "/api/campaigns/{id}/groups/{code}:", "/api/campaigns/{id}/units/import:",
                "/api/campaigns/{id}/respondents/import:", "/api/campaigns/{id}/respondents/{respondentId}:",
                "/api/sample-plans/{name}:");
    }

    @Test
    void theDemoCampaignHasTheSixHaiDuongGroupsWith510RespondentsMatchingTheirQuotas() {
        long demo = api.demoId();
        JsonObject groups = api.get("api/campaigns/" + demo + "/groups").json();
        assertThat(groups.getInt("quota")).isEqualTo(510);
        assertThat(groups.getInt("registered")).isEqualTo(510);
        assertThat(groups.getJsonArray("warnings")).isEmpty();
        List<JsonObject> list = groups.getJsonArray("groups").getValuesAs(JsonObject.class);
        assertThat(list).extracting(g -> g.getString("code")).containsExactly("HDND_TINH", "LANH_DAO_MTTQ_TINH",
                "LANH_DAO_UBND_HUYEN", "TRUONG_PHONG_HUYEN", "LANH_DAO_SO", "CHU_TICH_UBND_XA");
        assertThat(list).extracting(g -> g.getInt("quota")).containsExactly(20, 4, 36, 143, 72, 235);
        assertThat(list.stream().mapToInt(g -> g.getInt("quota")).sum()).isEqualTo(510);
        assertThat(list).allSatisfy(g -> assertThat(g.getInt("difference")).isZero());

        JsonObject offices = api.get("api/campaigns/" + demo + "/groups/TRUONG_PHONG_HUYEN").json();
        JsonObject binhGiang = offices.getJsonArray("unitQuotas").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("unit").equals("BINH_GIANG")).findFirst().orElseThrow();
        assertThat(binhGiang.getInt("quota")).isEqualTo(11);
        assertThat(binhGiang.getInt("registered")).isEqualTo(11);
        assertThat(offices.getJsonArray("forms").getJsonObject(0).getString("scope")).isEqualTo("OFFICE_COUNTERPARTS");
        JsonObject heads = api.get("api/campaigns/" + demo + "/respondents?group=TRUONG_PHONG_HUYEN&size=200").json();
        assertThat(heads.getInt("total")).isEqualTo(143);
        assertThat(heads.getJsonArray("items").getValuesAs(JsonObject.class))
                .allSatisfy(p -> assertThat(p.getString("office")).matches("[A-Z_]+"))
                .extracting(p -> p.getString("homeUnit") + "/" + p.getString("office")).doesNotHaveDuplicates();
        JsonObject delegates = api.get("api/campaigns/" + demo + "/groups/HDND_TINH").json();
        assertThat(delegates.getJsonArray("forms").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("ratedLevel") + ":" + f.getString("scope"))
                .containsExactly("DEPARTMENT:ALL_UNITS_OF_LEVEL", "DISTRICT:ALL_UNITS_OF_LEVEL");
        JsonObject chairmen = api.get("api/campaigns/" + demo + "/groups/CHU_TICH_UBND_XA").json();
        assertThat(chairmen.getString("homeLevel")).isEqualTo("COMMUNE");
        assertThat(chairmen.getJsonArray("forms").getJsonObject(0).getString("scope")).isEqualTo("OWN_UNIT");

        JsonObject people = api.get("api/campaigns/" + demo + "/respondents?size=500").json();
        assertThat(people.getInt("total")).isEqualTo(510);
        assertThat(people.getJsonArray("items").getValuesAs(JsonObject.class))
                .allSatisfy(p -> assertThat(p.getString("email")).endsWith("@example.invalid"));
    }

    @Test
    void listsTheShippedSamplePlans() {
        assertThat(api.get("api/sample-plans").array().getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).contains("haiduong-2023");
        JsonObject plan = api.get("api/sample-plans/haiduong-2023").json();
        assertThat(plan.getInt("totalRespondents")).isEqualTo(510);
        assertThat(plan.getJsonArray("groups")).hasSize(6);
        assertThat(plan.getInt("units")).isEqualTo(265);
        api.get("api/sample-plans/khong-co").problem(404);
        api.get("api/sample-plans/KHONG.CO").problem(404);
    }

    @Test
    void createsADraftCampaignFromAPlanWithItsLevelsGroupsAndUnits() {
        Answer created = api.post("api/campaigns", """
                {"samplePlan": "haiduong-2023", "name": "Chỉ số CCHC năm 2024 — Hải Dương",
                 "surveyOpens": "2024-12-01", "surveyCloses": "2024-12-31", "selfAssessmentDue": "2025-01-10"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String location = created.location().orElseThrow();
        JsonObject c = api.get(location).json();
        assertThat(c.getString("name")).isEqualTo("Chỉ số CCHC năm 2024 — Hải Dương");
        assertThat(c.getString("status")).isEqualTo("DRAFT");
        assertThat(c.getString("selfAssessmentDue")).isEqualTo("2025-01-10");
        assertThat(c.getJsonArray("levels").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("code") + "=" + l.getString("framework") + "/" + l.getInt("units"))
                .containsExactly("DEPARTMENT=HD-3396-SO/18", "DISTRICT=HD-3396-HUYEN/12");
        assertThat(c.getInt("quota")).isEqualTo(510);
        assertThat(c.getInt("registered")).isZero();
        assertThat(c.getJsonArray("warnings")).hasSize(6);
        assertThat(api.get(location + "/units?level=COMMUNE").json().getInt("total")).isEqualTo(235);
    }

    @Test
    void aTwoTierProvinceWithoutDistrictsWorksTheSameWay() {
        Answer created = api.post("api/campaigns", """
                {"samplePlan":"example-two-tier-2025","surveyOpens":"2025-12-01","surveyCloses":"2025-12-31"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject c = created.json();
        long id = c.getJsonNumber("id").longValue();
        assertThat(c.getJsonArray("levels").getValuesAs(JsonObject.class)).extracting(l -> l.getString("code"))
                .containsExactly("DEPARTMENT", "COMMUNE");
        assertThat(c.getInt("quota")).isEqualTo(104);
        assertThat(api.get("api/campaigns/" + id + "/units?level=DISTRICT").json().getInt("total")).isZero();
        assertThat(api.get("api/campaigns/" + id + "/units?level=COMMUNE").json().getInt("total")).isEqualTo(12);
        Answer delegate = api.post("api/campaigns/" + id + "/respondents", """
                {"fullName":"Trịnh Văn Xã","group":"DAI_BIEU_HDND_XA","homeUnit":"PHUONG_MAU_01"}""");
        assertThat(delegate.status()).as(delegate.body()).isEqualTo(201);
        assertThat(api.get("api/campaigns/" + id + "/groups/DAI_BIEU_HDND_XA").json().getJsonArray("forms")
                .getJsonObject(0).getString("scope")).isEqualTo("OWN_UNIT");
        assertThat(api.post("api/campaigns/" + id + "/status", "{\"status\":\"OPEN\"}").status()).isEqualTo(200);
    }

    @Test
    void refusesBadCampaignsNamingTheField() {
        assertThat(api.post("api/campaigns", "{}").problem(422).toString()).contains("samplePlan");
        assertThat(api.post("api/campaigns", "{\"samplePlan\":\"khong-co\"}").fields()).containsExactly("samplePlan");
        Answer badDate = api.post("api/campaigns", "{\"samplePlan\":\"haiduong-2023\",\"surveyOpens\":\"1/12/2024\"}");
        badDate.problem(422);
        assertThat(badDate.fields()).containsExactly("surveyOpens");
        Answer backwards = api.post("api/campaigns", """
                {"samplePlan":"haiduong-2023","surveyOpens":"2024-12-31","surveyCloses":"2024-12-01"}""");
        backwards.problem(422);
        assertThat(backwards.fields()).containsExactly("surveyCloses");
        assertThat(api.post("api/campaigns", "{\"samplePlan\":").problem(400).toString()).contains("body");
        api.post("api/campaigns", "[1,2]").problem(400);
        api.post("api/campaigns", "{\"samplePlan\":{\"code\":\"HD-2023\"}}").problem(400);
        api.post("api/campaigns", "").problem(400);
        api.send("POST", "api/campaigns", "text/plain", "haiduong-2023").problem(415);
    }

    @Test
    void listsCampaignsByPageAndFilter() {
        api.newCampaign("Danh sách A", false);
        api.newCampaign("Danh sách B", false);
        JsonObject page = api.get("api/campaigns?status=DRAFT&year=2023&province=h%E1%BA%A3i&size=1&page=1").json();
        assertThat(page.getInt("size")).isEqualTo(1);
        assertThat(page.getInt("page")).isEqualTo(1);
        assertThat(page.getInt("total")).isGreaterThanOrEqualTo(3);
        assertThat(page.getJsonArray("items")).hasSize(1);
        assertThat(api.get("api/campaigns?year=1999").json().getInt("total")).isZero();
        assertThat(api.get("api/campaigns?page=-1").problem(400).toString()).contains("page");
        assertThat(api.get("api/campaigns?size=100000").fields()).containsExactly("size");
        assertThat(api.get("api/campaigns?size=x").fields()).containsExactly("size");
        assertThat(api.get("api/campaigns?status=FOO").fields()).containsExactly("status");
        assertThat(api.get("api/campaigns?year=abc").fields()).containsExactly("year");
    }

    @Test
    void answers404ForCampaignsThatDoNotExist() {
        assertThat(api.get("api/campaigns/999999").problem(404).getString("detail")).contains("999999");
        api.get("api/campaigns/abc").problem(404);
        api.get("api/campaigns/-1/groups").problem(404);
        api.get("api/campaigns/999999/units").problem(404);
        api.get("api/campaigns/999999/respondents").problem(404);
        api.put("api/campaigns/999999", "{\"name\":\"x\"}").problem(404);
        api.delete("api/campaigns/999999").problem(404);
        api.get("api/khong-co").problem(404);
        api.send("PATCH", "api/campaigns", "application/json", "{}").problem(405);
    }

    @Test
    void renamesAndReschedulesAsTheStatusAllows() {
        long id = api.newCampaign("Đổi tên", false);
        Answer renamed = api.put("api/campaigns/" + id, """
                {"name":"Đã đổi tên","surveyOpens":"2030-11-15","surveyCloses":"2030-12-31"}""");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().getString("name")).isEqualTo("Đã đổi tên");
        assertThat(renamed.json().getString("surveyOpens")).isEqualTo("2030-11-15");
        assertThat(renamed.json().containsKey("selfAssessmentDue")).isFalse();
        assertThat(api.put("api/campaigns/" + id, "{\"name\":\"  \"}").fields()).containsExactly("name");
        api.put("api/campaigns/" + id, "{\"name\":\"x\",\"surveyCloses\":\"2030-13-01\"}").problem(422);
    }

    @Test
    void movesThroughItsStatusesAndFreezesWhatEachForbids() {
        Answer created = api.post("api/campaigns", "{\"samplePlan\":\"haiduong-2023\",\"name\":\"Vòng đời\"}");
        long id = created.json().getJsonNumber("id").longValue();
        String c = "api/campaigns/" + id;

        Answer notReady = api.post(c + "/status", "{\"status\":\"OPEN\"}");
        notReady.problem(409);
        assertThat(notReady.fields()).containsExactly("surveyOpens", "surveyCloses");
        assertThat(api.post(c + "/status", "{\"status\":\"CLOSED\"}").problem(409).getString("detail"))
                .contains("DRAFT", "CLOSED");
        assertThat(api.post(c + "/status", "{\"status\":\"FOO\"}").fields()).containsExactly("status");
        api.post(c + "/status", "{}").problem(422);

        api.put(c, "{\"name\":\"Vòng đời\",\"surveyOpens\":\"2030-12-01\",\"surveyCloses\":\"2030-12-31\"}");
        Answer open = api.post(c + "/status", "{\"status\":\"OPEN\"}");
        assertThat(open.status()).as(open.body()).isEqualTo(200);
        assertThat(open.json().getString("statusLabel")).isEqualTo("Đang điều tra");

        Answer moveOpening = api.put(c, "{\"name\":\"Vòng đời\",\"surveyOpens\":\"2030-11-01\","
                + "\"surveyCloses\":\"2030-12-31\"}");
        assertThat(moveOpening.problem(409).toString()).contains("surveyOpens");
        Answer extend = api.put(c, "{\"name\":\"Vòng đời\",\"surveyOpens\":\"2030-12-01\","
                + "\"surveyCloses\":\"2031-01-15\"}");
        assertThat(extend.status()).as(extend.body()).isEqualTo(200);
        api.put(c + "/groups/HDND_TINH", "{\"name\":\"x\",\"quota\":21}").problem(409);
        api.put(c + "/levels/DEPARTMENT", "{\"framework\":\"HD-NEW\"}").problem(409);
        api.upload(c + "/units/import", "code,name,level\nX,X,DEPARTMENT\n".getBytes(), Api.CSV).problem(409);
        api.delete(c).problem(409);

        assertThat(api.post(c + "/status", "{\"status\":\"CLOSED\"}").status()).isEqualTo(200);
        assertThat(api.post(c + "/status", "{\"status\":\"published\"}").status()).isEqualTo(200);
        api.put(c, "{\"name\":\"Sau công bố\",\"surveyOpens\":\"2030-12-01\",\"surveyCloses\":\"2031-01-15\"}")
                .problem(409);
        assertThat(api.post(c + "/status", "{\"status\":\"OPEN\"}").problem(409).getString("detail"))
                .contains("PUBLISHED");
    }

    /** A secretary runs campaigns but neither moves, renames nor deletes one, however the path is written. */
    @Test
    void aSecretaryCannotChangeACampaignThroughAPathParameter() {
        long id = api.newCampaign("Tham số đường dẫn", true);
        Api secretary = api.as("thuky", Api.PASSWORD);
        String open = "{\"status\":\"OPEN\"}";
        secretary.post("api/campaigns/" + id + "/status", open).problem(403);
        assertRefused(secretary.raw("POST", "/api/campaigns/" + id + "/status;x", open));
        assertRefused(secretary.raw("POST", "/api/campaigns/" + id + "/status;x=1", open));
        assertRefused(secretary.raw("PUT", "/api/campaigns/" + id + "/;x", "{\"name\":\"Đã đổi tên\"}"));
        assertRefused(secretary.raw("PUT", "/api/campaigns/" + id + ";x", "{\"name\":\"Đã đổi tên\"}"));
        assertRefused(secretary.raw("DELETE", "/api/campaigns/" + id + "/;x", null));
        assertRefused(secretary.raw("DELETE", "/api/campaigns/" + id + ";x", null));
        JsonObject c = api.get("api/campaigns/" + id).json();
        assertThat(c.getString("status")).isEqualTo("DRAFT");
        assertThat(c.getString("name")).isEqualTo("Tham số đường dẫn");
        assertThat(api.get("api/audit?campaign=" + id).json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).containsExactly("CAMPAIGN_CREATED");
    }

    @Test
    void pathsWrittenInAnotherWayAreRefusedBeforeAnythingElse() {
        Api nobody = api.anonymous();
        Answer encodedAdmin = nobody.raw("GET", "/%61dmin/users.html", null);
        assertThat(encodedAdmin.status()).as(encodedAdmin.body()).isIn(400, 404);
        assertThat(encodedAdmin.body()).doesNotContain("<title>Tài khoản");
        assertThat(nobody.raw("GET", "/admin/users.html", null).status()).isEqualTo(302);
        Answer encodedScript = nobody.raw("GET", "/%61dmin/assets/admin.js", null);
        assertThat(encodedScript.status()).isIn(400, 404);
        assertThat(encodedScript.body()).doesNotContain("use strict");
        for (String path : List.of("//api/campaigns", "/api//campaigns", "/api/campaigns/%2e%2e/sample-plans",
                "/api/campaigns/%2E%2E/sample-plans", "/api%2fcampaigns", "/api/campaigns%2F1", "/q/%2e%2e/admin/",
                "/admin/%2e%2e/admin/users.html", "/admin/assets/%2e%2e/users.html", "/admin%5cusers.html",
                "/api/campaigns/%31", "/admin/users.html;x")) {
            Answer a = nobody.raw("GET", path, null);
            assertThat(a.status()).as(path + " " + a.body()).isIn(400, 404);
            assertThat(a.body()).as(path).doesNotContain("Chỉ số CCHC").doesNotContain("\"items\"");
            Answer admin = api.raw("GET", path, null);
            assertThat(admin.status()).as(path + " as admin " + admin.body()).isIn(400, 404);
        }
        // the container itself redirects a directory name without its slash, before any filter, to /admin/
        Answer directory = nobody.raw("GET", "/admin;x/users.html", null);
        assertThat(directory.status()).as(directory.body()).isIn(301, 302, 400, 404);
        assertThat(directory.body()).doesNotContain("Chỉ số CCHC");
        nobody.raw("GET", "/api/campaigns;x", null).problem(400);
        api.as("hoidong", Api.PASSWORD).get("admin/users.html").problem(403);
        assertThat(api.as("hoidong", Api.PASSWORD).get("admin/dashboard.html").status()).isEqualTo(200);
        api.raw("GET", "/api/campaigns/1;x", null).problem(400);
    }

    /** Whoever holds a respondent's link can answer in their name: viewers never see one, every read is logged. */
    @Test
    void onlyAdminsAndSecretariesReadRespondentsLinksAndEveryReadIsAudited() {
        long id = api.newCampaign("Liên kết riêng", true);
        api.upload("api/campaigns/" + id + "/respondents/import", ("full_name,email,group\n"
                + "Hà Văn Khải,khai.link@example.invalid,LANH_DAO_MTTQ_TINH\n").getBytes(
                java.nio.charset.StandardCharsets.UTF_8), Api.CSV);
        assertThat(api.post("api/campaigns/" + id + "/status", "{\"status\":\"OPEN\"}").status()).isEqualTo(200);
        Api secretary = api.as("thuky", Api.PASSWORD);
        Api viewer = api.as("hoidong", Api.PASSWORD);
        assertThat(secretary.post("api/campaigns/" + id + "/invitations", "{\"sendMail\":false}").status())
                .isIn(200, 202);
        long rid = api.get("api/campaigns/" + id + "/respondents").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String inv = "api/campaigns/" + id + "/invitations/";

        for (String path : List.of(inv + rid + "/link", inv + rid + "/qr.png", inv + rid + "/qr.svg",
                inv + "cards.pdf", inv + "cards.pdf?group=LANH_DAO_MTTQ_TINH",
                "api/campaigns/" + id + "/outbox/files", "api/campaigns/" + id + "/outbox/files/mail-1.eml")) {
            viewer.get(path).problem(403);
        }
        assertThat(viewer.get(inv + rid).status()).isEqualTo(200);
        assertThat(audit(id, "LINK_READ")).isEmpty();
        assertThat(audit(id, "QR_SHEET_DOWNLOADED")).isEmpty();

        Answer link = secretary.get(inv + rid + "/link");
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        assertThat(link.json().getString("link")).contains("/q/");
        assertThat(secretary.get(inv + rid + "/qr.png").status()).isEqualTo(200);
        assertThat(secretary.get(inv + rid + "/qr.svg").status()).isEqualTo(200);
        assertThat(secretary.get(inv + "cards.pdf").status()).isEqualTo(200);

        List<JsonObject> reads = audit(id, "LINK_READ");
        assertThat(reads).hasSize(3).allSatisfy(e -> {
            assertThat(e.getString("actor")).isEqualTo("thuky");
            assertThat(e.getString("target")).contains("người được điều tra " + rid);
        });
        assertThat(reads).extracting(e -> e.getString("detail"))
                .containsExactlyInAnyOrder("liên kết và mã phiếu", "mã QR PNG", "mã QR SVG");
        JsonObject sheet = audit(id, "QR_SHEET_DOWNLOADED").get(0);
        assertThat(sheet.getString("actor")).isEqualTo("thuky");
        assertThat(sheet.getString("target")).isEqualTo("mọi nhóm");
        assertThat(sheet.getString("detail")).contains(String.valueOf(rid));
        assertThat(audit(id, "INVITATIONS_SENT")).singleElement()
                .satisfies(e -> assertThat(e.getString("actor")).isEqualTo("thuky"));
    }

    /** Every change is audit-logged by the service that makes it, with who did it. */
    @Test
    void changesAreAuditedByTheirServices() {
        long id = api.newCampaign("Nhật ký", true);
        api.put("api/campaigns/" + id, "{\"name\":\"Nhật ký (đổi tên)\"}");
        api.as("thuky", Api.PASSWORD).post("api/campaigns/" + id + "/respondents",
                "{\"fullName\":\"Ngô Thị Lan\",\"group\":\"HDND_TINH\"}");
        api.put("api/campaigns/" + id + "/groups/HDND_TINH", "{\"name\":\"Đại biểu HĐND tỉnh\",\"quota\":21}");
        assertThat(api.delete("api/campaigns/" + id).status()).isEqualTo(204);
        List<JsonObject> entries = api.get("api/audit?campaign=" + id + "&size=50").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(entries).extracting(e -> e.getString("action")).containsExactly("CAMPAIGN_DELETED",
                "CAMPAIGN_CHANGED", "RESPONDENT_ADDED", "CAMPAIGN_CHANGED", "CAMPAIGN_CREATED");
        assertThat(entries.get(2).getString("actor")).isEqualTo("thuky");
        assertThat(entries.get(0).getString("actor")).isEqualTo("admin");
    }

    private List<JsonObject> audit(long campaign, String action) {
        return api.get("api/audit?campaign=" + campaign + "&action=" + action).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    /** A change refused: 400 (not a canonical path) or 403, as problem+json. */
    private static void assertRefused(Answer a) {
        assertThat(a.status()).as(a.body()).isIn(400, 403);
        a.problem(a.status());
    }

    @Test
    void deletesADraftWithEverythingInIt() {
        long id = api.newCampaign("Xoá", true);
        api.post("api/campaigns/" + id + "/respondents", """
                {"fullName":"Người Tạm","email":"tam@example.invalid","group":"HDND_TINH"}""");
        assertThat(api.delete("api/campaigns/" + id).status()).isEqualTo(204);
        api.get("api/campaigns/" + id).problem(404);
        api.get("api/campaigns/" + id + "/units").problem(404);
    }

    @Test
    void listsAndFindsUnits() {
        long demo = api.demoId();
        String u = "api/campaigns/" + demo + "/units";
        assertThat(api.get(u + "?level=DISTRICT").json().getInt("total")).isEqualTo(12);
        assertThat(api.get(u + "?level=DEPARTMENT").json().getInt("total")).isEqualTo(18);
        JsonObject binhGiang = api.get(u + "?parent=BINH_GIANG&size=500").json();
        assertThat(binhGiang.getInt("total")).isEqualTo(binhGiang.getJsonArray("items").size()).isPositive();
        assertThat(api.get(u + "?q=" + Api.q("nội vụ")).json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(x -> x.getString("code")).contains("SO_NOI_VU");
        JsonObject soNoiVu = api.get(u + "/SO_NOI_VU").json();
        assertThat(soNoiVu.getString("name")).isEqualTo("Sở Nội vụ");
        assertThat(soNoiVu.containsKey("parent")).isFalse();
        assertThat(api.get(u + "/BINH_GIANG_KE_SAT").json().getString("parent")).isEqualTo("BINH_GIANG");
        api.get(u + "/KHONG_CO").problem(404);
        api.get(u + "?page=abc").problem(400);
    }

    @Test
    void importsUnitsAllOrNothingAndIdempotently() {
        long id = api.newCampaign("Nhập đơn vị", false);
        String imp = "api/campaigns/" + id + "/units/import";
        byte[] good = """
                code,name,level,parent
                SO_NOI_VU,Sở Nội vụ,DEPARTMENT,
                HUYEN_A,UBND huyện A,DISTRICT,
                XA_A1,"UBND xã A1, huyện A",COMMUNE,HUYEN_A
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Answer first = api.upload(imp, good, Api.CSV);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().getInt("created")).isEqualTo(3);
        assertThat(first.json().getBoolean("applied")).isTrue();
        Answer again = api.upload(imp, good, "application/octet-stream");
        assertThat(again.json().getInt("unchanged")).isEqualTo(3);
        assertThat(again.json().getInt("created")).isZero();
        assertThat(api.get("api/campaigns/" + id + "/units/XA_A1").json().getString("name"))
                .isEqualTo("UBND xã A1, huyện A");

        byte[] broken = """
                code,name,level,parent
                HUYEN_B,UBND huyện B,DISTRICT,
                XA_B1,UBND xã B1,COMMUNE,HUYEN_KHONG_CO
                HUYEN_B,Trùng mã,DISTRICT,
                XA_B2,,,HUYEN_B
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Answer rejected = api.upload(imp, broken, Api.CSV);
        JsonObject p = rejected.problem(422);
        assertThat(rejected.rows()).containsExactly(3, 4, 5);
        assertThat(p.getJsonObject("report").getInt("rejected")).isEqualTo(3);
        assertThat(p.getJsonObject("report").getBoolean("applied")).isFalse();
        api.get("api/campaigns/" + id + "/units/HUYEN_B").problem(404);

        Answer dry = api.upload(imp + "?dryRun=true", "code,name,level\nHUYEN_C,UBND huyện C,DISTRICT\n".getBytes(),
                Api.CSV);
        assertThat(dry.json().getBoolean("applied")).isFalse();
        assertThat(dry.json().getInt("created")).isEqualTo(1);
        api.get("api/campaigns/" + id + "/units/HUYEN_C").problem(404);
        assertThat(api.upload(imp, "name,level\nA,B\n".getBytes(), Api.CSV).fields()).containsExactly("code");
        api.upload(imp + "?dryRun=maybe", good, Api.CSV).problem(400);
    }

    @Test
    void changesGroupsAndFrameworksOfADraft() {
        long id = api.newCampaign("Nhóm", false);
        String g = "api/campaigns/" + id + "/groups/HDND_TINH";
        Answer changed = api.put(g, "{\"name\":\"Đại biểu HĐND tỉnh khoá XVII\",\"quota\":25}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getInt("quota")).isEqualTo(25);
        assertThat(api.get("api/campaigns/" + id).json().getInt("quota")).isEqualTo(515);
        assertThat(api.put(g, "{\"name\":\"x\",\"quota\":0}").fields()).containsExactly("quota");
        assertThat(api.put(g, "{\"name\":\"x\"}").fields()).containsExactly("quota");
        api.put(g, "{\"name\":\"x\",\"quota\":\"nhiều\"}").problem(400);
        api.put("api/campaigns/" + id + "/groups/KHONG_CO", "{\"name\":\"x\",\"quota\":1}").problem(404);
        api.get("api/campaigns/" + id + "/groups/KHONG_CO").problem(404);

        Answer framework = api.put("api/campaigns/" + id + "/levels/DEPARTMENT", "{\"framework\":\"HD-2024-SO\"}");
        assertThat(framework.status()).as(framework.body()).isEqualTo(200);
        assertThat(framework.json().getJsonArray("levels").getJsonObject(0).getString("framework"))
                .isEqualTo("HD-2024-SO");
        api.put("api/campaigns/" + id + "/levels/COMMUNE", "{\"framework\":\"X\"}").problem(404);
        assertThat(api.put("api/campaigns/" + id + "/levels/DEPARTMENT", "{\"framework\":\"có dấu\"}").fields())
                .containsExactly("framework");
    }
}
