package org.parindex.scoring.format;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.Campaign;
import org.parindex.scoring.CampaignResult;
import org.parindex.scoring.Framework;

class ResultWriterTest {

    static CampaignResult toy() {
        Framework f = FrameworkReader.read(FrameworkReaderTest.TOY);
        ScoreSheet sheet = ScoresCsvReader.read(ScoresCsvReaderTest.SCORES, f);
        return Campaign.builder(f).units(UnitsCsvReader.read(Path.of("src/test/resources/toy/units.csv")))
                .assessments(sheet.assessments()).tally(AnswersCsvReader.read(AnswersCsvReaderTest.ANSWERS, f))
                .build().score();
    }

    @Test
    void writesATableOfRankIndexAndBand() {
        assertThat(ResultWriter.table(toy())).isEqualTo("""
                Chỉ số CCHC (PAR Index) — TOY-SO: Bộ chỉ số thử nghiệm (ví dụ tính toán của tài liệu nghiệp vụ)
                Cấp (level) DEPARTMENT, 3 đơn vị; xếp hạng chung cả cấp

                Hạng  Mã    Đơn vị     Đạt  Tối đa  Chỉ số  Xếp loại
                 1/3  SO_Y  Sở Y     14.55      15   97.00  Nhóm A (Tốt)
                 2/3  SO_X  Sở X    10.375      15   69.17  –
                 3/3  SO_Z  Sở Z     8.625      13   66.35  –
                """);
    }

    @Test
    void writesCsvWithAreaSubIndices() {
        assertThat(ResultWriter.csv(toy())).isEqualTo("""
                rank,ranked_among,unit,unit_name,level,parent,total,max,index,band,band_name,self_total,self_index,\
                bonus,status,area_1,area_3
                1,3,SO_Y,Sở Y,DEPARTMENT,TINH,14.55,15,97.00,A,Nhóm A (Tốt),14.55,97.00,0,INDEXED,97.50,96.67
                2,3,SO_X,Sở X,DEPARTMENT,TINH,10.375,15,69.17,,,13.575,90.50,0,INDEXED,80.83,61.39
                3,3,SO_Z,Sở Z,DEPARTMENT,TINH,8.625,13,66.35,,,9.725,74.81,0,INDEXED,79.17,55.36
                """);
    }

    @Test
    void writesJsonDownToEachLeaf() {
        JsonObject json = Json.createReader(new StringReader(ResultWriter.json(toy()))).readObject();

        assertThat(json.getString("format")).isEqualTo("parindex-results/1");
        JsonObject x = json.getJsonArray("units").getJsonObject(1);
        assertThat(x.getString("code")).isEqualTo("SO_X");
        assertThat(x.getJsonNumber("index").bigDecimalValue()).isEqualByComparingTo("69.17");
        assertThat(x.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("10.375");
        assertThat(x.isNull("band")).isTrue();
        JsonObject s1 = x.getJsonArray("areas").getJsonObject(0).getJsonArray("criteria").getJsonObject(2)
                .getJsonArray("leaves").getJsonObject(0);
        assertThat(s1.getString("code")).isEqualTo("S1");
        assertThat(s1.getJsonObject("survey").getJsonObject("optionCounts").getInt("DK")).isEqualTo(2);
        assertThat(s1.getJsonObject("survey").getJsonNumber("ratio").bigDecimalValue()).isEqualByComparingTo("0.85");
    }

    @Test
    void writesAnExplanationAsJson() {
        JsonObject json = Json.createReader(new StringReader(ResultWriter.json(toy().explain("SO_X")))).readObject();

        assertThat(json.getString("format")).isEqualTo("parindex-explanation/1");
        assertThat(json.getJsonArray("leafLosses").getJsonObject(0).getString("code")).isEqualTo("3.1");
        assertThat(json.getJsonArray("leafLosses").getJsonObject(0).getString("reason"))
                .isEqualTo("thẩm định: tỷ lệ 97.4% → 2 (khung ≥ 95%); tự chấm 3 → thẩm định hạ 1");
        assertThat(json.getJsonArray("appraisalCuts")).hasSize(5);
    }

    @Test
    void sameInputGivesTheSameBytes() throws Exception {
        for (ResultWriter.Format format : ResultWriter.Format.values()) {
            StringWriter first = new StringWriter();
            StringWriter second = new StringWriter();
            ResultWriter.write(toy(), format, first);
            ResultWriter.write(toy(), format, second);

            assertThat(second.toString()).isEqualTo(first.toString()).doesNotContain("\r");
        }
    }

    @Test
    void streamsJsonAndCsvInsteadOfHoldingTheWholeOutput() throws Exception {
        for (ResultWriter.Format format : new ResultWriter.Format[] {ResultWriter.Format.JSON,
                ResultWriter.Format.CSV}) {
            int[] largest = {0};
            StringBuilder all = new StringBuilder();
            java.io.Writer chunks = new java.io.Writer() {
                @Override
                public void write(char[] buf, int off, int len) {
                    largest[0] = Math.max(largest[0], len);
                    all.append(buf, off, len);
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            };

            ResultWriter.write(toy(), format, chunks);

            String whole = format == ResultWriter.Format.JSON ? ResultWriter.json(toy()) : ResultWriter.csv(toy());
            assertThat(all.toString()).isEqualTo(whole);
            assertThat(largest[0]).as(format + ": largest single write").isLessThan(whole.length() / 2);
        }
    }
}
