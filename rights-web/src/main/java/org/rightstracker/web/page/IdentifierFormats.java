package org.rightstracker.web.page;

import io.quarkus.qute.TemplateExtension;
import java.util.function.Function;
import org.rightstracker.core.identifier.IpiNameNumber;
import org.rightstracker.core.identifier.Isni;
import org.rightstracker.core.identifier.Isrc;
import org.rightstracker.core.identifier.Iswc;
import org.rightstracker.core.shared.InvalidValueException;

/** Identifiers as people read them ({@code id:iswc(work.iswc)} → T-034.524.680-1), from their stored form. */
@TemplateExtension(namespace = "id")
public final class IdentifierFormats {

    private IdentifierFormats() {}

    public static String iswc(String stored) {
        return shown(stored, s -> Iswc.parse(s).formatted());
    }

    public static String isrc(String stored) {
        return shown(stored, s -> Isrc.parse(s).formatted());
    }

    public static String ipi(String stored) {
        return shown(stored, s -> IpiNameNumber.parse(s).formatted());
    }

    public static String isni(String stored) {
        return shown(stored, s -> Isni.parse(s).formatted());
    }

    // A stored value that no longer parses (imported before a rule tightened) is still shown as stored.
    private static String shown(String stored, Function<String, String> format) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        try {
            return format.apply(stored);
        } catch (InvalidValueException e) {
            return stored;
        }
    }
}
