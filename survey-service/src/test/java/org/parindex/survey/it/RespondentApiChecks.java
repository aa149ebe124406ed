package org.parindex.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.survey.it.Api.Answer;
import org.parindex.survey.tabular.ExampleWorkbooks;

/**
 * Respondents through HTTP on the real WAR: one by one, and imported from the example CSV and XLSX files of the
 * project (good and broken), all or nothing, idempotent, with Vietnamese kept exactly.
 */
abstract class RespondentApiChecks {

    private static final byte[] GOOD_CSV = Api.file("../questionnaires/examples/respondents-good.csv");
    private static final byte[] BROKEN_CSV = Api.file("../questionnaires/examples/respondents-broken.csv");
    private static final byte[] GOOD_XLSX = Api.file("examples/respondents-good.xlsx");
    private static final byte[] BROKEN_XLSX = Api.file("examples/respondents-broken.xlsx");


    /** The deployment's base URL, set by the enclosing {@code *IT} class. */
    URL base;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    private String respondents(long campaign) {
        return "api/campaigns/" + campaign + "/respondents";
    }

    private int total(long campaign) {
        return api.get(respondents(campaign)).json().getInt("total");
    }

    @Test
    void importsTheGoodCsvOnceAndAgainWithoutChangeAndTheSamePeopleFromXlsx() {
        long c = api.newCampaign("Nhập CSV", true);
        Answer first = api.upload(respondents(c) + "/import", GOOD_CSV, Api.CSV);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonObject report = first.json();
        assertThat(report.getString("format")).isEqualTo("CSV");
        assertThat(report.getInt("rows")).isEqualTo(5);
        assertThat(report.getInt("created")).isEqualTo(5);
        assertThat(report.getBoolean("applied")).isTrue();
        assertThat(report.getJsonArray("results").getValuesAs(JsonObject.class))
                .extracting(r -> r.getInt("row")).containsExactly(2, 3, 4, 5, 6);
        assertThat(total(c)).isEqualTo(5);

        Answer again = api.upload(respondents(c) + "/import", GOOD_CSV, Api.CSV);
        assertThat(again.json().getInt("unchanged")).isEqualTo(5);
        assertThat(again.json().getInt("created") + again.json().getInt("updated")).isZero();
        Answer xlsx = api.upload(respondents(c) + "/import", GOOD_XLSX, Api.XLSX);
        assertThat(xlsx.status()).as(xlsx.body()).isEqualTo(200);
        assertThat(xlsx.json().getString("format")).isEqualTo("XLSX");
        assertThat(xlsx.json().getInt("unchanged")).isEqualTo(5);
        assertThat(total(c)).isEqualTo(5);

        JsonObject tuyet = api.get(respondents(c) + "?q=" + Api.q("tuyết")).json().getJsonArray("items")
                .getJsonObject(0);
        assertThat(tuyet.getString("fullName")).isEqualTo("Lê Thị Ánh Tuyết");
        assertThat(tuyet.getString("organisation")).isEqualTo("Phòng Nội vụ, UBND huyện Bình Giang");
        assertThat(tuyet.getString("homeUnitName")).isEqualTo("UBND huyện Bình Giang");
        JsonObject huong = api.get(respondents(c) + "?group=CHU_TICH_UBND_XA").json().getJsonArray("items")
                .getJsonObject(0);
        assertThat(huong.containsKey("email")).isFalse();
        assertThat(huong.getString("phone")).isEqualTo("0220 3777 123");
    }

    @Test
    void importsXlsxFirstJustLikeCsv() {
        long c = api.newCampaign("Nhập XLSX", true);
        Answer first = api.upload(respondents(c) + "/import", GOOD_XLSX, "application/octet-stream");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().getInt("created")).isEqualTo(5);
        assertThat(api.upload(respondents(c) + "/import", GOOD_CSV, Api.CSV).json().getInt("unchanged")).isEqualTo(5);
    }

    @Test
    void keepsVietnameseExactlyFromAnExcelCsvWithBomCrlfAndDecomposedAccents() {
        long c = api.newCampaign("Tiếng Việt", true);
        String name = "Nguyễn Thị Thủy Tiên";
        String nfd = Normalizer.normalize(name, Normalizer.Form.NFD);
        byte[] excel = ("\uFEFFHọ và tên,Chức vụ,Cơ quan,E-mail,Điện thoại,Nhóm,Đơn vị\r\n" + nfd
                + ",Phó Chủ tịch,\"Ủy ban MTTQ tỉnh, Hải Dương\",tien@example.invalid,0912000111,LANH_DAO_MTTQ_TINH,\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Answer a = api.upload(respondents(c) + "/import", excel, Api.CSV);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonObject p = api.get(respondents(c)).json().getJsonArray("items").getJsonObject(0);
        assertThat(p.getString("fullName")).isEqualTo(name).isEqualTo(Normalizer.normalize(name,
                Normalizer.Form.NFC));
        assertThat(p.getString("organisation")).isEqualTo("Ủy ban MTTQ tỉnh, Hải Dương");
        assertThat(api.get(respondents(c) + "?q=" + Api.q(nfd)).json().getInt("total")).isEqualTo(1);
        // The same person typed precomposed is the same person: no duplicate.
        byte[] nfc = ("full_name,email,group\n" + name + ",TIEN@example.invalid,LANH_DAO_MTTQ_TINH\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(api.upload(respondents(c) + "/import", nfc, Api.CSV).json().getInt("updated")).isEqualTo(1);
        assertThat(total(c)).isEqualTo(1);
    }

    @Test
    void rejectsTheBrokenCsvRowByRowAndImportsNothing() {
        long c = api.newCampaign("CSV lỗi", true);
        Answer a = api.upload(respondents(c) + "/import", BROKEN_CSV, Api.CSV);
        JsonObject p = a.problem(422);
        assertThat(a.rows()).containsExactly(3, 4, 5, 6, 7, 8, 9);
        assertThat(errors(p)).contains("3:email", "4:group", "5:home_unit", "6:home_unit", "7:email", "8:full_name",
                "9:phone");
        JsonObject report = p.getJsonObject("report");
        assertThat(report.getInt("rows")).isEqualTo(8);
        assertThat(report.getInt("rejected")).isEqualTo(7);
        assertThat(report.getBoolean("applied")).isFalse();
        assertThat(report.getJsonArray("results").getJsonObject(0).getString("outcome")).isEqualTo("CREATED");
        assertThat(p.toString()).contains("trùng người ở dòng 2", "LANH_DAO_BO", "XA_KHONG_CO");
        assertThat(total(c)).isZero();
    }

    @Test
    void rejectsTheBrokenXlsxWithTheSameRows() {
        long c = api.newCampaign("XLSX lỗi", true);
        Answer a = api.upload(respondents(c) + "/import", BROKEN_XLSX, Api.XLSX);
        a.problem(422);
        assertThat(a.rows()).containsExactly(3, 4, 5, 6, 7, 8, 9);
        assertThat(a.json().getJsonObject("report").getString("format")).isEqualTo("XLSX");
        assertThat(total(c)).isZero();
    }

    @Test
    void aWorkbookMadeFromTheGoodCsvImportsToo(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        long c = api.newCampaign("XLSX mới", true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExampleWorkbooks.write(Path.of("../questionnaires/examples/respondents-good.csv"), out);
        Answer a = api.upload(respondents(c) + "/import", out.toByteArray(), Api.XLSX);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().getInt("created")).isEqualTo(5);
    }

    @Test
    void refusesFilesItCannotRead() {
        long c = api.newCampaign("Tệp hỏng", true);
        String imp = respondents(c) + "/import";
        byte[] latin1 = "full_name,group\nNguy\u00ean,HDND_TINH\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(api.upload(imp, latin1, Api.CSV).problem(400).toString()).contains("UTF-8");
        assertThat(api.upload(imp, new byte[0], Api.CSV).fields()).containsExactly("file");
        api.upload(imp, new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5}, Api.XLSX).problem(400);
        Answer noGroup = api.upload(imp, "full_name,email\nA,a@example.invalid\n".getBytes(), Api.CSV);
        noGroup.problem(422);
        assertThat(noGroup.fields()).containsExactly("group");
        assertThat(api.upload(imp, "full_name,group\n".getBytes(), Api.CSV).fields()).containsExactly("file");
        api.send("POST", imp, "application/json", "{}").problem(415);
        assertThat(total(c)).isZero();
    }

    @Test
    void aDryRunReportsWithoutWriting() {
        long c = api.newCampaign("Thử", true);
        Answer dry = api.upload(respondents(c) + "/import?dryRun=true", GOOD_CSV, Api.CSV);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().getBoolean("dryRun")).isTrue();
        assertThat(dry.json().getBoolean("applied")).isFalse();
        assertThat(dry.json().getInt("created")).isEqualTo(5);
        assertThat(total(c)).isZero();
    }

    @Test
    void registersChangesAndRemovesOnePerson() {
        long c = api.newCampaign("Từng người", true);
        String r = respondents(c);
        Answer created = api.post(r, """
                {"fullName":"Phạm Thị Lan","position":"Phó Giám đốc","organisation":"Sở Y tế",
                 "email":"lan.pt@example.invalid","phone":"0912 000 222","group":"LANH_DAO_SO","homeUnit":"SO_Y_TE"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String location = created.location().orElseThrow();
        JsonObject lan = api.get(location).json();
        assertThat(lan.getString("homeUnitName")).isEqualTo("Sở Y tế");
        long id = lan.getJsonNumber("id").longValue();

        api.post(r, "{\"fullName\":\"Lan khác\",\"email\":\"LAN.PT@example.invalid\",\"group\":\"HDND_TINH\"}")
                .problem(409);
        Answer changed = api.put(r + "/" + id, """
                {"fullName":"Phạm Thị Lan","position":"Giám đốc","organisation":"Sở Y tế",
                 "email":"lan.pt@example.invalid","group":"LANH_DAO_SO","homeUnit":"SO_Y_TE"}""");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getString("position")).isEqualTo("Giám đốc");
        assertThat(changed.json().containsKey("phone")).isFalse();

        api.post(r, "{\"fullName\":\"Hai\",\"email\":\"hai@example.invalid\",\"group\":\"HDND_TINH\"}");
        Answer clash = api.put(r + "/" + id, """
                {"fullName":"Phạm Thị Lan","email":"hai@example.invalid","group":"HDND_TINH"}""");
        assertThat(clash.problem(409).toString()).contains("email");

        assertThat(api.delete(r + "/" + id).status()).isEqualTo(204);
        api.get(r + "/" + id).problem(404);
        api.delete(r + "/" + id).problem(404);
        api.get(r + "/abc").problem(404);
    }

    @Test
    void refusesBadPeopleNamingTheField() {
        long c = api.newCampaign("Người lỗi", true);
        String r = respondents(c);
        assertThat(api.post(r, "{\"fullName\":\"A\",\"email\":\"a@b\",\"group\":\"HDND_TINH\"}").fields())
                .containsExactly("email");
        assertThat(api.post(r, "{\"fullName\":\"A\",\"group\":\"KHONG_CO\"}").fields()).containsExactly("group");
        assertThat(api.post(r, "{\"fullName\":\"A\",\"group\":\"LANH_DAO_SO\",\"homeUnit\":\"BINH_GIANG\"}")
                .problem(422).toString()).contains("homeUnit", "DEPARTMENT");
        assertThat(api.post(r, "{\"fullName\":\"A\",\"group\":\"LANH_DAO_SO\"}").fields()).containsExactly("homeUnit");
        assertThat(api.post(r, "{\"fullName\":\"A\",\"group\":\"HDND_TINH\",\"homeUnit\":\"SO_Y_TE\"}").fields())
                .containsExactly("homeUnit");
        assertThat(api.post(r, "{\"fullName\":\"A\",\"group\":\"LANH_DAO_SO\",\"homeUnit\":\"KHONG_CO\"}").fields())
                .containsExactly("homeUnit");
        assertThat(api.post(r, "{\"email\":\"x@example.invalid\"}").fields()).containsExactly("fullName", "group");
        assertThat(api.post(r, "{\"fullName\":\"A\",\"group\":\"HDND_TINH\",\"phone\":\"gọi tôi\"}").fields())
                .containsExactly("phone");
        api.post(r, "").problem(400);
        api.post(r, "{\"fullName\":[1]}").problem(400);
        api.put(r + "/999999", "{\"fullName\":\"A\",\"group\":\"HDND_TINH\"}").problem(404);
        assertThat(total(c)).isZero();
    }

    @Test
    void headsOfDistrictOfficesAreRegisteredWithAnOfficeTheirDistrictHas() {
        long c = api.newCampaign("Trưởng phòng", true);
        String r = respondents(c);
        String head = "{\"fullName\":\"Lê Văn Bình\",\"group\":\"TRUONG_PHONG_HUYEN\",\"homeUnit\":\"%s\"%s}";

        assertThat(api.post(r, head.formatted("GIA_LOC", "")).fields()).containsExactly("office");
        assertThat(api.post(r, head.formatted("BINH_GIANG", ",\"office\":\"PHONG_Y_TE\"")).problem(422).toString())
                .contains("office", "Bình Giang không có Phòng Y tế");
        assertThat(api.post(r, head.formatted("GIA_LOC", ",\"office\":\"PHONG_KINH_TE\"")).fields())
                .as("a city office in a rural district").containsExactly("office");
        assertThat(api.post(r, head.formatted("GIA_LOC", ",\"office\":\"<script>\"")).fields())
                .containsExactly("office");
        assertThat(api.post(r, "{\"fullName\":\"A\",\"group\":\"HDND_TINH\",\"office\":\"PHONG_TU_PHAP\"}")
                .fields()).containsExactly("office");
        Answer ok = api.post(r, head.formatted("GIA_LOC", ",\"office\":\"PHONG_TAI_CHINH_KE_HOACH\""));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().getString("office")).isEqualTo("PHONG_TAI_CHINH_KE_HOACH");

        byte[] noOffice = ("full_name,group,home_unit\nTrần Văn Cường,TRUONG_PHONG_HUYEN,TU_KY\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Answer refused = api.upload(r + "/import", noOffice, Api.CSV);
        assertThat(refused.fields()).containsExactly("office");
        assertThat(refused.rows()).containsExactly(2);
        assertThat(total(c)).isEqualTo(1);

        JsonObject group = api.get("api/campaigns/" + c + "/groups/TRUONG_PHONG_HUYEN").json();
        assertThat(group.getJsonArray("forms").getJsonObject(0).getString("scope")).isEqualTo("OFFICE_COUNTERPARTS");
        assertThat(group.getJsonArray("offices")).hasSize(14);
        JsonObject justice = group.getJsonArray("offices").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals("PHONG_TU_PHAP")).findFirst().orElseThrow();
        assertThat(justice.getJsonArray("counterparts").getString(0)).isEqualTo("SO_TU_PHAP");
    }

    @Test
    void listsByGroupUnitTextAndPageAndComparesWithQuotas() {
        long c = api.newCampaign("Danh sách", true);
        api.upload(respondents(c) + "/import", GOOD_CSV, Api.CSV);
        assertThat(api.get(respondents(c) + "?group=HDND_TINH").json().getInt("total")).isEqualTo(2);
        assertThat(api.get(respondents(c) + "?homeUnit=SO_TAI_CHINH").json().getInt("total")).isEqualTo(1);
        assertThat(api.get(respondents(c) + "?q=" + Api.q("THỊNH")).json().getInt("total")).isEqualTo(1);
        JsonObject page = api.get(respondents(c) + "?page=1&size=2").json();
        assertThat(page.getJsonArray("items")).hasSize(2);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("fullName")).isEqualTo("Phạm Đức Thịnh");
        assertThat(api.get(respondents(c) + "?size=0").fields()).containsExactly("size");

        JsonObject groups = api.get("api/campaigns/" + c + "/groups").json();
        assertThat(groups.getInt("registered")).isEqualTo(5);
        JsonObject delegates = groups.getJsonArray("groups").getValuesAs(JsonObject.class).get(0);
        assertThat(delegates.getInt("registered")).isEqualTo(2);
        assertThat(delegates.getInt("difference")).isEqualTo(-18);
        assertThat(delegates.getJsonArray("warnings").getString(0)).contains("thiếu 18");
        JsonObject offices = api.get("api/campaigns/" + c + "/groups/TRUONG_PHONG_HUYEN").json();
        assertThat(offices.getJsonArray("warnings").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).anyMatch(w -> w.contains("BINH_GIANG: đã đăng ký 1/11"));
    }

    @Test
    void aClosedCampaignTakesNoMorePeopleAndAnOpenOneKeepsThem() {
        long c = api.newCampaign("Đóng", true);
        api.upload(respondents(c) + "/import", GOOD_CSV, Api.CSV);
        assertThat(api.post("api/campaigns/" + c + "/status", "{\"status\":\"OPEN\"}").status()).isEqualTo(200);
        long first = api.get(respondents(c)).json().getJsonArray("items").getJsonObject(0).getJsonNumber("id")
                .longValue();
        api.delete(respondents(c) + "/" + first).problem(409);
        Answer late = api.post(respondents(c), "{\"fullName\":\"Đến muộn\",\"group\":\"HDND_TINH\"}");
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        api.post("api/campaigns/" + c + "/status", "{\"status\":\"CLOSED\"}");
        api.upload(respondents(c) + "/import", GOOD_CSV, Api.CSV).problem(409);
        api.post(respondents(c), "{\"fullName\":\"Muộn nữa\",\"group\":\"HDND_TINH\"}").problem(409);
        assertThat(total(c)).isEqualTo(6);
    }

    private static List<String> errors(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("row") + ":" + e.getString("field")).toList();
    }
}
