package org.parindex.survey.unit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnitOrderTest {

    private static Unit unit(String code, String name) {
        return new Unit(1, UnitDraft.of(code, name, "SO", null));
    }

    @Test
    void namesAreInVietnameseOrderThenCodes() {
        List<Unit> units = List.of(unit("XD", "Sở Xây dựng"), unit("DT", "Ban Dân tộc"), unit("TC", "Sở Tài chính"),
                unit("DD", "Đài Phát thanh"), unit("DN", "Sở Nội vụ"), unit("B2", "Sở Y tế"), unit("B1", "Sở Y tế"),
                unit("DA", "Dự án"));
        assertThat(UnitOrder.sorted(units)).extracting(Unit::code)
                .containsExactly("DT", "DA", "DD", "DN", "TC", "XD", "B1", "B2");
    }

    @Test
    void theOrderIsTheCollatorsOwnOnManyNames() {
        Random random = new Random(12);
        String letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ";
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            StringBuilder name = new StringBuilder("X");
            for (int k = 0; k < 1 + random.nextInt(12); k++) {
                name.append(letters.charAt(random.nextInt(letters.length())));
            }
            units.add(unit("U" + i, name.toString()));
        }
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        List<Unit> expected = units.stream()
                .sorted(Comparator.comparing(Unit::name, vietnamese).thenComparing(Unit::code)).toList();
        assertThat(UnitOrder.sorted(units)).isEqualTo(expected);
    }
}
