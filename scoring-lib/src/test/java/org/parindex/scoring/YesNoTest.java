package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YesNoTest {

    @Test
    void readsEnglishAndVietnameseWordsInAnyCaseAndNormalForm() {
        for (String yes : new String[] {"true", "YES", "x", "1", "có", "Có", "co", "co\u0301"}) {
            assertThat(YesNo.parse(yes)).as(yes).contains(Boolean.TRUE);
        }
        for (String no : new String[] {"false", "No", "0", "không", "KHÔNG", "khong"}) {
            assertThat(YesNo.parse(no)).as(no).contains(Boolean.FALSE);
        }
    }

    @Test
    void rejectsOtherWords() {
        assertThat(YesNo.parse("maybe")).isEmpty();
        assertThat(YesNo.parse("")).isEmpty();
    }
}
