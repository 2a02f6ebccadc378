package org.rightstracker.core.importing.cwr;

import java.lang.ref.SoftReference;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The last CWR files read, so that committing a file right after its preview does not read the same
 * text a second time (a 10,000-work file takes about a second of the commit). A file is known by its
 * whole text: one that differs by a character is read afresh. Only what was read from the text is kept,
 * never what the catalogue said of it: the commit still matches the file against the catalogue as it is.
 * Held softly, so that under memory pressure the garbage collector drops them and a file is simply read
 * again.
 */
final class RecentlyParsed {

    private record Parsed(String text, CwrDocument document) {}

    private final int kept;
    private final Deque<SoftReference<Parsed>> recent = new ArrayDeque<>();

    RecentlyParsed(int kept) {
        this.kept = kept;
    }

    /** The file read, from memory if its text was read lately; parsing happens outside the lock. */
    CwrDocument parse(String text) {
        CwrDocument known = find(text);
        if (known != null) {
            return known;
        }
        CwrDocument document = CwrParser.parse(text);
        remember(new Parsed(text, document));
        return document;
    }

    private synchronized CwrDocument find(String text) {
        for (Iterator<SoftReference<Parsed>> it = recent.iterator(); it.hasNext(); ) {
            Parsed parsed = it.next().get();
            if (parsed == null) {
                it.remove();
            } else if (parsed.text().equals(text)) {
                return parsed.document();
            }
        }
        return null;
    }

    private synchronized void remember(Parsed parsed) {
        recent.addFirst(new SoftReference<>(parsed));
        while (recent.size() > kept) {
            recent.removeLast();
        }
    }
}
