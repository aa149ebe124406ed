package org.parindex.survey.invitation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShortCodeTest {

    @Test
    void alphabetHas32SymbolsWithoutLookAlikes() {
        assertThat(ShortCode.ALPHABET).hasSize(32).doesNotContain("I", "L", "O", "U");
        assertThat(ShortCode.ALPHABET.chars().distinct().count()).isEqualTo(32);
        assertThat(ShortCode.BITS).isEqualTo(50);
    }

    @Test
    void readsFiftyBitsIntoTenSymbols() {
        byte[] zeros = new byte[7];
        assertThat(ShortCode.fromBits(zeros).value()).isEqualTo("0000000000");
        byte[] ones = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        assertThat(ShortCode.fromBits(ones).value()).isEqualTo("ZZZZZZZZZZ");
        // 00001 00010 ... : first byte 0000 1000 = 0x08, second 1000 0000 = 0x80
        assertThat(ShortCode.fromBits(new byte[] {0x08, (byte) 0x80, 0, 0, 0, 0, 0}).value())
                .startsWith("12");
    }

    @Test
    void printsInTwoGroupsOfFive() {
        assertThat(new ShortCode("7KQ4MZ2P9X").display()).isEqualTo("7KQ4M-Z2P9X");
    }

    @Test
    void readsWhatPeopleTypeForgivingCaseHyphensSpacesAndLookAlikes() {
        assertThat(ShortCode.parse("7kq4m-z2p9x")).contains(new ShortCode("7KQ4MZ2P9X"));
        assertThat(ShortCode.parse(" 7KQ4M Z2P9X ")).contains(new ShortCode("7KQ4MZ2P9X"));
        assertThat(ShortCode.parse("O1IL0-ABCDE")).contains(new ShortCode("01110ABCDE"));
    }

    @Test
    void rejectsWhatIsNotACode() {
        assertThat(ShortCode.parse(null)).isEmpty();
        assertThat(ShortCode.parse("")).isEmpty();
        assertThat(ShortCode.parse("7KQ4M-Z2P9")).isEmpty();
        assertThat(ShortCode.parse("7KQ4M-Z2P9XX")).isEmpty();
        assertThat(ShortCode.parse("7KQ4M-Z2P9U")).isEmpty();
        assertThat(ShortCode.parse("ĐKQ4M-Z2P9X")).isEmpty();
        assertThatThrownBy(() -> new ShortCode("7kq4mz2p9x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a short code of 10 symbols of 0123456789ABCDEFGHJKMNPQRSTVWXYZ: 7kq4mz2p9x");
    }

    @Test
    void randomCodesUseTheWholeAlphabetAndRarelyCollide() {
        SecureRandom random = new SecureRandom();
        Set<String> codes = new HashSet<>();
        Set<Character> symbols = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            byte[] b = new byte[7];
            random.nextBytes(b);
            ShortCode c = ShortCode.fromBits(b);
            codes.add(c.value());
            c.value().chars().forEach(ch -> symbols.add((char) ch));
        }
        assertThat(codes).hasSize(5000);
        assertThat(symbols).hasSize(32);
    }
}
