package org.rightstracker.web.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The checks every uploaded import file passes before it is read: not empty, not over the size limit,
 * not binary, and in an encoding we can read. Each refusal carries the HTTP status and a sentence
 * for the page.
 */
public final class UploadCheck {

    /** CWR files and cue lists above this are refused: 20 MiB holds tens of thousands of works. */
    public static final long IMPORT_LIMIT = 20L * 1024 * 1024;

    /** An upload the checks refuse, with the status to answer and a message for the user. */
    public static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private UploadCheck() {}

    /** Size limits, checked before the bytes are read into memory. */
    public static void size(String fileName, long size, long limit) {
        if (size <= 0) {
            throw new Refused(400, name(fileName) + " is empty.");
        }
        if (size > limit) {
            throw new Refused(
                    413,
                    name(fileName) + " is " + mebibytes(size) + "; files up to " + mebibytes(limit)
                            + " can be imported.");
        }
    }

    /**
     * CWR text: UTF-8 when the bytes are valid UTF-8, else ISO-8859-1, in which CWR files from societies
     * and older systems are written (every byte is a Latin-1 character, so this never fails).
     */
    public static String cwrText(String fileName, byte[] bytes) {
        size(fileName, bytes.length, IMPORT_LIMIT);
        refuseBinary(fileName, bytes, "a CWR file is plain text");
        String utf8 = strictUtf8(bytes);
        return utf8 != null ? utf8 : new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /**
     * EDL text: UTF-8 when the bytes are valid UTF-8, else ISO-8859-1, which older editing systems write
     * (clip names with accents); never binary.
     */
    public static String edlText(String fileName, byte[] bytes) {
        size(fileName, bytes.length, IMPORT_LIMIT);
        refuseBinary(fileName, bytes, "an edit decision list is plain text");
        String utf8 = strictUtf8(bytes);
        return utf8 != null ? utf8 : new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** CSV text, which must be UTF-8 (spreadsheets offer "CSV UTF-8" when saving). */
    public static String csvText(String fileName, byte[] bytes) {
        size(fileName, bytes.length, IMPORT_LIMIT);
        if (isZip(bytes)) {
            throw new Refused(415, name(fileName) + " is a spreadsheet, not CSV text: upload it with a .xlsx name.");
        }
        refuseBinary(fileName, bytes, "a CSV file is plain text");
        String text = strictUtf8(bytes);
        if (text == null) {
            throw new Refused(
                    415,
                    name(fileName) + " is not UTF-8 text (line " + firstBadLine(bytes)
                            + "). Save it as \"CSV UTF-8\", or upload the spreadsheet as .xlsx.");
        }
        return text;
    }

    /** XLSX bytes: an OOXML workbook is a zip archive. */
    public static byte[] xlsx(String fileName, byte[] bytes) {
        size(fileName, bytes.length, IMPORT_LIMIT);
        if (!isZip(bytes)) {
            throw new Refused(
                    415,
                    name(fileName) + " is not an Excel workbook (.xlsx). Old .xls files: save as .xlsx or CSV UTF-8.");
        }
        return bytes;
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static void refuseBinary(String fileName, byte[] bytes, String why) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new Refused(415, name(fileName) + " holds binary data, but " + why + ".");
            }
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int firstBadLine(byte[] bytes) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                byte[] part = java.util.Arrays.copyOfRange(bytes, start, i);
                if (strictUtf8(part) == null) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line;
    }

    private static String name(String fileName) {
        return fileName == null || fileName.isBlank() ? "The file" : "\"" + fileName + "\"";
    }

    private static String mebibytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / 1024.0 / 1024.0);
    }
}
