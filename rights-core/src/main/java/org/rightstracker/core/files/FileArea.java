package org.rightstracker.core.files;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of stored file, each with the folder it has under the data directory (and in a backup
 * archive) and the suffix its file names carry there. The folder name is also the {@code area} column
 * of the database store, so both stores and the archive name a file the same way.
 */
public enum FileArea {
    /** Attached documents (licences, quotes, correspondence): {@code documents/xx/<sha256>}. */
    DOCUMENTS("documents", ""),
    /** Issued cue-sheet revisions and signed-off checklists: {@code issued/xx/<sha256>.pdf}. */
    ISSUED("issued", ".pdf");

    private final String folder;
    private final String suffix;

    FileArea(String folder, String suffix) {
        this.folder = folder;
        this.suffix = suffix;
    }

    public String folder() {
        return folder;
    }

    public String suffix() {
        return suffix;
    }

    /** The file's path below the data directory, e.g. {@code issued/ab/ab12….pdf}. */
    public String relativePath(String sha256) {
        ContentHash.requireHex(sha256);
        return folder + "/" + sha256.substring(0, 2) + "/" + sha256 + suffix;
    }

    public static Optional<FileArea> ofFolder(String folder) {
        return Arrays.stream(values()).filter(a -> a.folder.equals(folder)).findFirst();
    }

    /** The SHA-256 a file name of this area stands for, if it is one of ours. */
    public Optional<String> shaOfFileName(String fileName) {
        if (!fileName.endsWith(suffix)) {
            return Optional.empty();
        }
        String sha = fileName.substring(0, fileName.length() - suffix.length());
        return ContentHash.isHex(sha) ? Optional.of(sha) : Optional.empty();
    }
}
