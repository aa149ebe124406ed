package org.parindex.survey.selfassessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.parindex.survey.problem.InvalidInputException;
import org.parindex.survey.problem.TooLargeException;

class EvidenceCheckTest {

    static final byte[] PDF = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theTypeComesFromTheContentAndTheExtensionFollowsIt() {
        assertThat(EvidenceCheck.check("bao-cao.docx", PDF, 1000).fileName()).isEqualTo("bao-cao.pdf");
        assertThat(EvidenceCheck.check("anh", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, 1000))
                .extracting(EvidenceCheck.Accepted::fileName, EvidenceCheck.Accepted::mediaType)
                .containsExactly("anh.jpg", "image/jpeg");
        EvidenceCheck.Accepted docx = EvidenceCheck.check("Kế hoạch.docx", office("word/document.xml", 100), 100_000);
        assertThat(docx.mediaType()).endsWith("wordprocessingml.document");
        assertThat(docx.fileName()).isEqualTo("Kế hoạch.docx");
    }

    @Test
    void aScriptCalledPdfAZipThatIsNoOfficeFileAndAnEmptyBodyAreRefused() {
        assertThatThrownBy(() -> EvidenceCheck.check("x.pdf", "<html>".getBytes(StandardCharsets.UTF_8), 1000))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("theo nội dung");
        assertThatThrownBy(() -> EvidenceCheck.check("x.zip", plainZip(), 100_000))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> EvidenceCheck.check("x.pdf", new byte[0], 1000))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void namesWithFoldersOrDotsOrControlCharactersAreRefusedOthersCleaned() {
        for (String bad : new String[] {"../../x", "..\\x.pdf", "a/b.pdf", "x\u0000.pdf", "..", "a\u202Efdp.exe"}) {
            assertThatThrownBy(() -> EvidenceCheck.check(bad, PDF, 1000)).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors().get(0).field()).isEqualTo("fileName"));
        }
        assertThat(EvidenceCheck.check(".hidden <b>.pdf", PDF, 1000).fileName()).isEqualTo("hidden _b_.pdf");
        assertThat(EvidenceCheck.check("Quy\u00ea\u0301t \u0111i\u0323nh.pdf", PDF, 1000).fileName())
                .isEqualTo("Quyết định.pdf");
    }

    @Test
    void tooBigAndAZipBombAreRefusedAs413() {
        assertThatThrownBy(() -> EvidenceCheck.check("x.pdf", PDF, 5)).isInstanceOf(TooLargeException.class);
        byte[] bomb = zipBomb();
        assertThat(bomb.length).isLessThan(200_000);
        assertThatThrownBy(() -> EvidenceCheck.check("bomb.docx", bomb, 1_000_000))
                .isInstanceOf(TooLargeException.class).hasMessageContaining("zip bomb");
    }

    /** A DOCX-shaped archive whose one part expands to 100 MB of zeros. */
    static byte[] zipBomb() {
        return office("word/document.xml", 100 << 20);
    }

    static byte[] office(String part, int zeros) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(part));
            byte[] block = new byte[1 << 20];
            for (int left = zeros; left > 0; left -= block.length) {
                zip.write(block, 0, Math.min(left, block.length));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] plainZip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
