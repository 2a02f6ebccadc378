package org.rightstracker.core.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 names of stored files: making them, checking their form, and checking content against them. */
public final class ContentHash {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private ContentHash() {}

    public static boolean isHex(String sha256) {
        return sha256 != null && SHA256_HEX.matcher(sha256).matches();
    }

    /** A hash becomes a path or a key: anything but 64 lower-case hex digits is refused. */
    public static String requireHex(String sha256) {
        if (!isHex(sha256)) {
            throw new IllegalArgumentException("Not a SHA-256 in lower-case hex: " + sha256);
        }
        return sha256;
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /**
     * Passes the content through and, at its end, fails the read unless the bytes hash to {@code sha256}:
     * a file altered or damaged in its store is never served as if it were the one recorded.
     */
    public static InputStream checked(InputStream content, String sha256, String what) {
        return new Checked(content, requireHex(sha256), what);
    }

    private static final class Checked extends FilterInputStream {
        private final MessageDigest digest = digest();
        private final String expected;
        private final String what;
        private boolean checked;

        Checked(InputStream in, String expected, String what) {
            super(in);
            this.expected = expected;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                check();
            } else {
                digest.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                check();
            } else {
                digest.update(buffer, offset, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipped bytes would escape the hash; read them instead.
            byte[] buffer = new byte[8192];
            long skipped = 0;
            while (skipped < n) {
                int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (read < 0) {
                    break;
                }
                skipped += read;
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void check() throws IOException {
            if (checked) {
                return;
            }
            checked = true;
            String actual = HexFormat.of().formatHex(digest.digest());
            if (!actual.equals(expected)) {
                throw new IOException("The stored file " + what
                        + " was altered: its content no longer matches its SHA-256 " + expected);
            }
        }
    }
}
