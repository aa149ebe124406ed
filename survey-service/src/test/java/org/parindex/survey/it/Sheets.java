package org.parindex.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parindex.survey.it.Api.Answer;

/** A respondent's answer sheet as the page sees it, and the counts the secretariat sees (process-based tests). */
final class Sheets {

    private Sheets() {
    }

    /** Every cell of the respondent's sheet, as {@code form/question/unit}. */
    static List<String> cells(Api api, String token) {
        Answer a = api.anonymous().get("q/api/" + token);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        List<String> cells = new ArrayList<>();
        for (JsonObject form : a.json().getJsonArray("forms").getValuesAs(JsonObject.class)) {
            List<String> units = form.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                    .map(u -> u.getString("code")).toList();
            for (JsonObject section : form.getJsonArray("sections").getValuesAs(JsonObject.class)) {
                for (JsonObject q : section.getJsonArray("questions").getValuesAs(JsonObject.class)) {
                    for (String unit : units) {
                        cells.add(form.getString("code") + "/" + q.getString("code") + "/" + unit);
                    }
                }
            }
        }
        return cells;
    }

    /** An answers body (draft or submission) giving {@code option} to every cell. */
    static String answers(List<String> cells, String option) {
        return cells.stream().map(c -> c.split("/")).map(p -> "{\"form\":\"" + p[0] + "\",\"question\":\"" + p[1]
                        + "\",\"unit\":\"" + p[2] + "\",\"option\":\"" + option + "\"}")
                .collect(Collectors.joining(",", "{\"answers\":[", "]}"));
    }

    /** The counted answers per option. */
    static Map<String, Long> tally(Api api, long campaign) {
        Answer a = api.get("api/campaigns/" + campaign + "/responses/tally");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.array().getValuesAs(JsonObject.class).stream().collect(Collectors.groupingBy(
                row -> row.getString("option"), Collectors.summingLong(row -> row.getJsonNumber("count").longValue())));
    }

    /** Respondents, submitted, answering, answers, waitingSets of a campaign. */
    static JsonObject counts(Api api, long campaign) {
        Answer a = api.get("api/campaigns/" + campaign + "/responses");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }
}
