package org.parindex.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parindex.survey.it.Api.Answer;

/**
 * The secretariat (issue 7) on the real WAR, through HTTP only: scores import, the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class SecretariatIT {

    static final String SCORES = "../questionnaires/examples/haiduong-2023-so-scores.csv";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Api.war();
    }

    @ArquillianResource
    URL base;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    @Test
    void importsTheExampleScoresAllOrNothingAndReimportingChangesNothing() {
        long campaign = api.newCampaign("Điểm mẫu", true);

        Answer first = api.upload("api/secretariat/campaigns/" + campaign + "/scores/import", Api.file(SCORES),
                Api.CSV);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().getInt("rows")).isEqualTo(325);
        assertThat(first.json().getInt("created")).isEqualTo(325);
        assertThat(first.json().getBoolean("applied")).isTrue();

        Answer again = api.upload("api/secretariat/campaigns/" + campaign + "/scores/import", Api.file(SCORES),
                Api.CSV);
        assertThat(again.json().getInt("unchanged")).isEqualTo(325);

        List<JsonObject> rows = api.get("api/secretariat/campaigns/" + campaign + "/scores?unit=SO_XAY_DUNG")
                .array().getValuesAs(JsonObject.class);
        assertThat(rows).hasSize(65);
        assertThat(rows).extracting(r -> r.getString("unit")).containsOnly("SO_XAY_DUNG");

        Answer csv = api.get("api/secretariat/campaigns/" + campaign + "/scores/csv?level=DEPARTMENT");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("unit,unit_name,item,self_score,self_figure,appraised_score")
                .contains("SO_NOI_VU,Sở Nội vụ,1.1.1,,ON_TIME,,ON_TIME,");
    }

    @Test
    void aBrokenScoresFileIsRejectedWholeWithItsRowsNamed() {
        long campaign = api.newCampaign("Điểm lỗi", true);
        String broken = "unit,item,self_score,appraised_score\nSO_NOI_VU,1.2,1,1\nSO_NOI_VU,1.2,1,7\n"
                + "SO_KHONG_CO,1.2,1,1\nBINH_GIANG,9.9,1,1\n";

        Answer a = api.upload("api/secretariat/campaigns/" + campaign + "/scores/import",
                broken.getBytes(StandardCharsets.UTF_8), Api.CSV);

        JsonObject problem = a.problem(422);
        assertThat(a.rows()).containsExactly(3, 4, 5);
        assertThat(a.fields()).contains("appraised_score", "unit", "item");
        assertThat(problem.getJsonObject("report").getInt("rejected")).isEqualTo(3);
        assertThat(api.get("api/secretariat/campaigns/" + campaign + "/scores").array()).isEmpty();
    }

    @Test
    void changingOneScoreIsCheckedAndAuditLogged() {
        long campaign = api.newCampaign("Sửa điểm", true);
        String path = "api/secretariat/campaigns/" + campaign + "/scores/SO_Y_TE/1.2";

        assertThat(api.put(path, "{\"selfScore\":\"1\",\"appraisedScore\":\"0.5\",\"evidence\":\"Báo cáo 12\"}")
                .status()).isEqualTo(200);
        Answer tooMuch = api.put(path, "{\"selfScore\":\"1\",\"appraisedScore\":\"3\"}");
        tooMuch.problem(422);
        assertThat(tooMuch.fields()).containsExactly("appraised_score");
        api.put(path, "{\"selfScore\":\"1\",\"appraisedScore\":\"0.75\",\"evidence\":\"Báo cáo 12\"}");

        List<JsonObject> entries = api.get("api/secretariat/audit?campaign=" + campaign + "&action=SCORE_CHANGED")
                .json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).getString("target")).isEqualTo("SO_Y_TE, 1.2");
        assertThat(entries.get(0).getString("detail")).contains("thẩm định 0.5", "thẩm định 0.75");
        api.put(path.replace("/SO_Y_TE/", "/SO_KHONG_CO/"), "{\"appraisedScore\":\"1\"}").problem(404);
    }
}
