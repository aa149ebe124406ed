package org.parindex.scoring.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A UTF-8 text file opened for reading: a byte sequence that is not UTF-8 becomes a {@link NotUtf8Exception} that
 * names the file's line where it is (the JDK's own exception says only "Input length = 1").
 */
final class Utf8File extends Reader {

    private final Path file;
    private final Reader in;

    private Utf8File(Path file, Reader in) {
        this.file = file;
        this.in = in;
    }

    /** Opens {@code file}; the caller closes it. */
    static Reader open(Path file) throws IOException {
        return new Utf8File(file, Files.newBufferedReader(file, StandardCharsets.UTF_8));
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        try {
            return in.read(buf, off, len);
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(file, firstInvalidLine(file), e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * The 1-based line of the first byte that does not belong to a well-formed UTF-8 sequence, or 0 if none is
     * found (or the file cannot be read again).
     */
    static int firstInvalidLine(Path file) {
        try (InputStream bytes = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            int line = 1;
            int need = 0;
            int b;
            while ((b = bytes.read()) != -1) {
                if (need > 0) {
                    if ((b & 0xC0) != 0x80) {
                        return line;
                    }
                    need--;
                } else if (b == '\n') {
                    line++;
                } else if (b >= 0x80) {
                    need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
                    if (need < 0) {
                        return line;
                    }
                }
            }
            return need > 0 ? line : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** A file that is not UTF-8, with the line where it stops being so. */
    static final class NotUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;

        private final int line;

        NotUtf8Exception(Path file, int line, CharacterCodingException cause) {
            super(file + (line > 0 ? ":" + line : "") + ": not UTF-8 text", cause);
            this.line = line;
        }

        /** The line of the first byte that is not UTF-8, or 0 when unknown. */
        int line() {
            return line;
        }
    }
}
