package org.parindex.survey.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.parindex.survey.problem.TooLargeException;

/**
 * Looks through an XLSX archive before it is parsed: decompresses every part (the same central directory the
 * reader uses) into nothing, counting bytes, cells ({@code <c>} elements of the sheets) and shared strings
 * ({@code <si>}), and stops at the first limit passed. Memory stays at one buffer whatever the file expands to.
 * Public so that other OOXML uploads (evidence documents: DOCX, XLSX, PPTX) are inspected the same way.
 */
public final class XlsxInspection {

    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";

    private final SpreadsheetLimits limits;

    public XlsxInspection(SpreadsheetLimits limits) {
        this.limits = limits;
    }

    /**
     * @throws TooLargeException when a limit is passed
     * @throws IOException when the archive cannot be read
     */
    public void check(byte[] bytes) throws IOException {
        long total = 0;
        long cells = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                if (++entries > limits.maxEntries()) {
                    throw limits.tooManyEntries();
                }
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName();
                boolean shared = name.equals(SHARED_STRINGS);
                boolean sheet = name.startsWith("xl/worksheets/");
                long entryLimit = shared ? limits.maxSharedStringBytes() : limits.maxEntryBytes();
                TagCounter tags = new TagCounter(shared ? "si" : "c");
                long size = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        size += n;
                        total += n;
                        if (size > entryLimit) {
                            throw shared ? limits.sharedStringsTooLarge() : limits.entryTooLarge(name);
                        }
                        if (total > limits.maxTotalBytes()) {
                            throw limits.totalTooLarge();
                        }
                        if (shared || sheet) {
                            tags.count(buffer, n);
                        }
                        if (shared && tags.count() > limits.maxSharedStrings()) {
                            throw limits.sharedStringsTooLarge();
                        }
                        if (sheet && cells + tags.count() > limits.maxCells()) {
                            throw limits.tooManyCells();
                        }
                    }
                }
                if (sheet) {
                    cells += tags.count();
                }
            }
        }
    }

    /** Counts start tags {@code <name>}, {@code <name ...>}, {@code <name/>} in a byte stream (ASCII names). */
    static final class TagCounter {

        private final byte[] open;
        private int matched;
        private long count;

        TagCounter(String name) {
            this.open = ("<" + name).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }

        void count(byte[] buffer, int length) {
            for (int i = 0; i < length; i++) {
                byte b = buffer[i];
                if (matched == open.length) {
                    if (b == '>' || b == '/' || b == ' ' || b == '\t' || b == '\n' || b == '\r') {
                        count++;
                    }
                    matched = 0;
                }
                if (b == open[matched]) {
                    matched++;
                } else {
                    matched = b == open[0] ? 1 : 0;
                }
            }
        }

        long count() {
            return count;
        }
    }
}
