package org.parindex.survey.platform;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Folders of the data folder that only the service's own user may enter ({@code rwx------}) on POSIX file systems:
 * the data folder itself, the invitation key's, the mail outbox's. Existing folders are left as they are.
 */
public final class OwnerOnly {

    private OwnerOnly() {
    }

    /** Creates {@code dir} and its missing parents, each {@code 0700} where the file system knows permissions. */
    public static Path createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createDirectories(dir);
        }
        return Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
    }
}
