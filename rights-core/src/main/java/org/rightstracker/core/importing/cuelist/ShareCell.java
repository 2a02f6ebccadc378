package org.rightstracker.core.importing.cuelist;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightstracker.core.identifier.IpiNameNumber;
import org.rightstracker.core.shared.InvalidValueException;
import org.rightstracker.core.shared.Share;
import org.rightstracker.core.work.WriterDesignation;

/**
 * Reads the cell syntax for writers, publishers and master owners:
 * {@code Jane Doe (PRS) 50; John Roe (ASCAP, IPI 00014107338) 50}. Entries are separated by semicolons
 * or line breaks; the parentheses hold the society, an IPI name number and, for writers, a designation
 * (C, A, CA, AR, AD, TR); the share ends the entry, after a space or the closing parenthesis, so a
 * name like "Label-182" keeps its digits. A single entry without a share holds 100%.
 */
final class ShareCell {

    record Entry(String name, String society, String ipi, WriterDesignation designation, Share share) {}

    private static final Pattern ENTRY =
            Pattern.compile("(.+?)(?:\\s*\\(([^()]*)\\))?(?:(?:\\s+|(?<=\\)))(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*%?)?");
    private static final Pattern IPI = Pattern.compile("(?i)(?:IPI\\s*:?\\s*)?(\\d{9,11})");

    private ShareCell() {}

    /** The entries of a cell, or an {@link InvalidValueException} saying what is wrong with it. */
    static List<Entry> parse(String cell, String side) {
        List<Entry> entries = new ArrayList<>();
        List<String> parts = List.of(cell.split("[;\\n]"));
        boolean missingShare = false;
        for (String part : parts) {
            String text = part.strip();
            if (text.isEmpty()) {
                continue;
            }
            Matcher m = ENTRY.matcher(text);
            if (!m.matches() || m.group(1).isBlank()) {
                throw new InvalidValueException(
                        "'" + text + "' is not in the form Name (SOCIETY) share, e.g. Jane Doe (PRS) 50.");
            }
            String society = null;
            String ipi = null;
            WriterDesignation designation = null;
            if (m.group(2) != null) {
                for (String token : m.group(2).split("[,/]")) {
                    String t = token.strip();
                    Matcher ipiMatch = IPI.matcher(t);
                    if (t.isEmpty()) {
                        continue;
                    } else if (ipiMatch.matches()) {
                        ipi = IpiNameNumber.parse(ipiMatch.group(1)).value();
                    } else if (isDesignation(t)) {
                        designation = WriterDesignation.valueOf(t.toUpperCase(Locale.ROOT));
                    } else {
                        society = t.toUpperCase(Locale.ROOT);
                    }
                }
            }
            Share share = null;
            if (m.group(3) != null) {
                share = Share.of(m.group(3).replace(',', '.'));
            } else {
                missingShare = true;
            }
            entries.add(new Entry(m.group(1).strip(), society, ipi, designation, share));
        }
        if (entries.size() == 1 && entries.get(0).share() == null) {
            Entry only = entries.get(0);
            return List.of(new Entry(only.name(), only.society(), only.ipi(), only.designation(), Share.FULL));
        }
        if (missingShare) {
            throw new InvalidValueException(
                    "Give every " + side + " a share, e.g. Jane Doe (PRS) 50; John Roe (ASCAP) 50.");
        }
        BigDecimal total = Share.sum(entries.stream().map(Entry::share).toList());
        if (total.compareTo(Share.FULL.value()) > 0) {
            throw new InvalidValueException(
                    "The " + side + " shares total " + total.toPlainString() + "%; a side can never exceed 100%.");
        }
        return List.copyOf(entries);
    }

    private static boolean isDesignation(String token) {
        try {
            WriterDesignation.valueOf(token.toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
