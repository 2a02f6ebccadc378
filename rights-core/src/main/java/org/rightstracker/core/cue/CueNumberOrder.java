package org.rightstracker.core.cue;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders cue numbers as a supervisor reads them: reel first, then cue within the reel, so 1M2
 * comes before 1M10 and 2M1. Numbers outside the usual reel/M/cue form sort after, alphabetically.
 */
public final class CueNumberOrder implements Comparator<String> {

    public static final CueNumberOrder INSTANCE = new CueNumberOrder();

    private static final Pattern REEL_CUE =
            Pattern.compile("(\\d+)\\s*([A-Z]+)\\s*(\\d+)(.*)", Pattern.CASE_INSENSITIVE);

    private CueNumberOrder() {}

    @Override
    public int compare(String a, String b) {
        Matcher ma = REEL_CUE.matcher(a);
        Matcher mb = REEL_CUE.matcher(b);
        boolean pa = ma.matches();
        boolean pb = mb.matches();
        if (pa && pb) {
            int c = Long.compare(Long.parseLong(ma.group(1)), Long.parseLong(mb.group(1)));
            if (c == 0) {
                c = ma.group(2).compareToIgnoreCase(mb.group(2));
            }
            if (c == 0) {
                c = Long.compare(Long.parseLong(ma.group(3)), Long.parseLong(mb.group(3)));
            }
            return c != 0 ? c : ma.group(4).compareToIgnoreCase(mb.group(4));
        }
        if (pa != pb) {
            return pa ? -1 : 1;
        }
        return a.compareToIgnoreCase(b);
    }
}
