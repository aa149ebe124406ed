package org.parindex.questionnaires;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every shipped JSON file validates against the JSON Schema of its format, and the schemas do reject errors. */
class JsonSchemaTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = Map.of(
            "frameworks", schema("framework"),
            "sample-plans", schema("sample-plan"),
            "forms", schema("questionnaire"));

    private static Schema schema(String name) {
        try {
            return REGISTRY.getSchema(Files.readString(ShippedData.ROOT.resolve("schema/" + name + ".schema.json")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Error> errors(String folder, String json) {
        return SCHEMAS.get(folder).validate(json, InputFormat.JSON);
    }

    @Test
    void everyShippedJsonFileValidates() throws IOException {
        for (String folder : SCHEMAS.keySet()) {
            for (Path file : ShippedData.files(folder, ".json")) {
                assertThat(errors(folder, Files.readString(file, StandardCharsets.UTF_8))).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void frameworkSchemaRejectsAnUnknownMethodAndASurveyLeafWithoutScale() throws IOException {
        String json = Files.readString(ShippedData.ROOT.resolve("frameworks/haiduong-3396-so.json"))
                .replaceFirst("\"method\": \"APPRAISED\"", "\"method\": \"APPRAISE\"")
                .replaceFirst("\"method\": \"SURVEY\",\\s*\"scale\": \"ABCD\"", "\"method\": \"SURVEY\"");

        assertThat(errors("frameworks", json)).isNotEmpty();
        assertThat(errors("frameworks", json.replace("\"method\": \"APPRAISE\"", "\"method\": \"APPRAISED\"")))
                .as("the survey leaf without scale alone").isNotEmpty();
    }

    @Test
    void samplePlanSchemaRejectsAnUnknownScopeAndANegativeQuota() throws IOException {
        String json = Files.readString(ShippedData.ROOT.resolve("sample-plans/haiduong-2023.json"));

        assertThat(errors("sample-plans", json.replaceFirst("\"OWN_UNIT\"", "\"OWN_DISTRICT\""))).isNotEmpty();
        assertThat(errors("sample-plans", json.replaceFirst("\"quota\": 20", "\"quota\": -20"))).isNotEmpty();
    }

    @Test
    void questionnaireSchemaRejectsAQuestionWithoutCriterion() throws IOException {
        String json = Files.readString(ShippedData.ROOT.resolve("forms/haiduong-2023-p01.json"))
                .replaceFirst("\"criterion\": \"[0-9.]+\",", "");

        assertThat(errors("forms", json)).isNotEmpty();
    }
}
