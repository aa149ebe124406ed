package org.parindex.scoring.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.Problem;
import org.parindex.scoring.Unit;
import org.parindex.scoring.ValidationException;

class UnitsCsvReaderTest {

    @Test
    void readsUnitsWithAByteOrderMarkAndCrLf() {
        List<Unit> units = UnitsCsvReader.read(Path.of("src/test/resources/toy/units.csv"));

        assertThat(units).extracting(Unit::code).containsExactly("TINH", "SO_X", "SO_Y", "SO_Z", "HUYEN_A");
        assertThat(units.get(0)).isEqualTo(new Unit("TINH", "UBND tỉnh Thử nghiệm", "PROVINCE", null));
        assertThat(units.get(1)).isEqualTo(new Unit("SO_X", "Sở X", "DEPARTMENT", "TINH"));
    }

    @Test
    void reportsDuplicateCodesUnknownParentsAndBlankLevels() {
        assertThatThrownBy(() -> UnitsCsvReader.read("u.csv", new StringReader("""
                code,name,level,parent
                H1,Huyện 1,DISTRICT,
                X1,Xã 1,COMMUNE,H1
                X1,Xã 1 lần hai,COMMUNE,H1
                X2,Xã 2,COMMUNE,H9
                X3,Xã 3,,H1
                ,Không mã,COMMUNE,
                """))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                .extracting(Problem::toString).containsExactly(
                        "u.csv:4: unit X1: code is used twice (first on line 3)",
                        "u.csv:6: unit X3: level is blank",
                        "u.csv:7: row: code is blank",
                        "u.csv:5: unit X2: parent H9 is not in the file"));
    }

    @Test
    void reportsAFileWithoutUnits() {
        assertThatThrownBy(() -> UnitsCsvReader.read("u.csv", new StringReader("code,name,level\n")))
                .hasMessageContaining("u.csv:1: file: has no units");
    }
}
