package org.rightstracker.core.catalogue;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.work.Work;

/**
 * Likely duplicates of a party, work or recording, shown when one is created and on its page: other
 * records whose folded name or title is the same or one typing slip away (one letter added, dropped or
 * changed, or spaces only), unless both carry different identifiers (two IPIs, ISWCs or ISRCs mean two
 * records). Recordings must also agree on the artist. Identifiers themselves are unique in the
 * catalogue, so a second record with the same IPI, ISWC or ISRC is refused when it is saved.
 */
@ApplicationScoped
public class CatalogueDuplicates {

    /** Candidates are read by the first letters of the key, so a slip there is not found (cheap, indexed). */
    private static final int PREFIX = 3;

    private static final int MOST = 10;

    public List<Party> of(Party party) {
        return Party.<Party>find("nameKey like ?1 and id <> ?2 order by nameKey, id", prefix(party.nameKey), party.id)
                .page(Page.ofSize(200))
                .stream()
                .filter(other -> nearlySame(party.nameKey, other.nameKey))
                .filter(other -> party.ipiNameNumber == null
                        || other.ipiNameNumber == null
                        || party.ipiNameNumber.equals(other.ipiNameNumber))
                .limit(MOST)
                .toList();
    }

    public List<Work> of(Work work) {
        return Work.<Work>find("titleKey like ?1 and id <> ?2 order by titleKey, id", prefix(work.titleKey), work.id)
                .page(Page.ofSize(200))
                .stream()
                .filter(other -> nearlySame(work.titleKey, other.titleKey))
                .filter(other -> work.iswc == null || other.iswc == null || work.iswc.equals(other.iswc))
                .limit(MOST)
                .toList();
    }

    public List<Recording> of(Recording recording) {
        return Recording.<Recording>find(
                        "titleKey like ?1 and id <> ?2 order by titleKey, id", prefix(recording.titleKey), recording.id)
                .page(Page.ofSize(200))
                .stream()
                .filter(other -> nearlySame(recording.titleKey, other.titleKey))
                .filter(other -> Objects.equals(recording.artistKey, other.artistKey)
                        || recording.artistKey.isEmpty()
                        || other.artistKey.isEmpty())
                .filter(other -> recording.isrc == null || other.isrc == null || recording.isrc.equals(other.isrc))
                .limit(MOST)
                .toList();
    }

    private static String prefix(String key) {
        return (key.length() <= PREFIX ? key : key.substring(0, PREFIX))
                        .replace("%", "")
                        .replace("_", "") + "%";
    }

    /** Same key, same key without spaces, or (for keys of 6 letters or more) one edit apart. */
    static boolean nearlySame(String a, String b) {
        if (a.equals(b) || a.replace(" ", "").equals(b.replace(" ", ""))) {
            return true;
        }
        return Math.min(a.length(), b.length()) >= 6 && withinOneEdit(a, b);
    }

    // One letter added, dropped or changed; a changed digit or one-letter word ("Song 1" and "Song 2",
    // "Publisher A" and "Publisher B") names another record on purpose, not a typing slip.
    private static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                if (Character.isDigit(a.charAt(i)) || Character.isDigit(b.charAt(j)) || aloneInItsWord(a, i)) {
                    return false;
                }
                i++;
                j++;
            }
        }
        return !edited || (i == a.length() && j == b.length());
    }

    private static boolean aloneInItsWord(String text, int at) {
        boolean startsWord = at == 0 || text.charAt(at - 1) == ' ';
        boolean endsWord = at == text.length() - 1 || text.charAt(at + 1) == ' ';
        return startsWord && endsWord;
    }
}
