package org.parindex.questionnaires;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every shipped file is UTF-8 in NFC and is packaged under {@code parindex/} on the class path. */
class FilesTest {

    private static final List<String> FOLDERS =
            List.of("frameworks", "sample-plans", "forms", "units", "examples", "schema");

    private static List<Path> shipped() throws IOException {
        try (Stream<Path> s = FOLDERS.stream().map(ShippedData.ROOT::resolve).flatMap(FilesTest::list)) {
            return s.sorted().toList();
        }
    }

    private static Stream<Path> list(Path folder) {
        try {
            return Files.list(folder).filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyFileIsUtf8InNfc() throws IOException {
        for (Path file : shipped()) {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(file + " is NFC").isTrue();
            assertThat(text).as(file + " has no BOM and no CR").doesNotStartWith("\uFEFF").doesNotContain("\r");
        }
    }

    @Test
    void everyFileIsOnTheClassPathUnderParindex() throws IOException {
        assertThat(shipped()).hasSizeGreaterThanOrEqualTo(30);
        for (Path file : shipped()) {
            String resource = "parindex/" + ShippedData.ROOT.relativize(file).toString().replace('\\', '/');
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                assertThat(in.readAllBytes()).as(resource).isEqualTo(Files.readAllBytes(file));
            }
        }
    }

    @Test
    void theTwoTierFilesKnowNoDistrictsAndNoTownships() throws IOException {
        for (Path file : shipped()) {
            if (file.getFileName().toString().startsWith("example-two-tier")) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("thị trấn", "cấp huyện", "huyện");
            }
        }
    }

    @Test
    void formsSayQuaHanNotTreHan() throws IOException {
        for (Path file : ShippedData.files("forms", ".json")) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain("trễ hạn");
        }
    }

    @Test
    void theExampleEvidenceIsMarkedInvented() throws IOException {
        List<String> lines = Files.readAllLines(ShippedData.ROOT.resolve("examples/haiduong-2023-so-scores.csv"));
        assertThat(lines.subList(1, lines.size())).filteredOn(l -> l.contains("/BC-") || l.contains("/KH-")
                || l.contains("/QĐ-")).isNotEmpty().allMatch(l -> l.contains("(Ví dụ bịa) "));
    }
}
