package org.parindex.survey.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void decomposedVietnameseComesOutComposedAndStripped() {
        String typed = "\u00A0 " + Normalizer.normalize("Nguyễn Thị Hồng Nhung", Normalizer.Form.NFD) + " \u00A0";
        assertThat(Texts.nfcOrNull(typed)).isEqualTo("Nguyễn Thị Hồng Nhung")
                .isEqualTo(Normalizer.normalize("Nguyễn Thị Hồng Nhung", Normalizer.Form.NFC));
    }

    @Test
    void blankIsNone() {
        assertThat(Texts.nfcOrNull(null)).isNull();
        assertThat(Texts.nfcOrNull(" \t\u00A0 ")).isNull();
    }
}
