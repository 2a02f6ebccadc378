package org.rightstracker.web.page.chase;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.rightstracker.core.chase.ChaseFilter;
import org.rightstracker.core.chase.ChaseList;
import org.rightstracker.core.chase.ChaseSort;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.shared.ValidationException;

/**
 * The chase list's sort and filters as plain query parameters, shared by the page and the API. A value
 * the list does not know is a 400 naming the parameter and what it accepts, never an empty list that
 * looks like "nothing to chase".
 */
public final class ChaseParameters {

    /** Longer than any licensor name (200 characters); a longer search cannot match. */
    static final int MAX_LICENSOR_TEXT = 200;

    private ChaseParameters() {}

    public static ChaseSort sort(String text) {
        if (text == null || text.isBlank()) {
            return ChaseSort.LICENSOR;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(ChaseSort.values())
                .filter(s -> s.parameter().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new ValidationException(
                        "sort",
                        "Unknown sort '" + text + "'; use one of "
                                + Arrays.stream(ChaseSort.values())
                                        .map(ChaseSort::parameter)
                                        .collect(Collectors.joining(", "))
                                + "."));
    }

    public static ChaseFilter filter(List<String> statuses, List<String> sides, String licensor, String overdue) {
        if (licensor != null && licensor.length() > MAX_LICENSOR_TEXT) {
            throw new ValidationException(
                    "licensor",
                    "The licensor search is " + licensor.length() + " characters; at most " + MAX_LICENSOR_TEXT + ".");
        }
        return new ChaseFilter(
                choices(LicenceStatus.class, "status", statuses, EnumSet.copyOf(ChaseList.OPEN)),
                choices(ClearanceSide.class, "side", sides, EnumSet.allOf(ClearanceSide.class)),
                licensor,
                yes("overdue", overdue));
    }

    private static <E extends Enum<E>> Set<E> choices(
            Class<E> type, String parameter, List<String> texts, Set<E> allowed) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String text : texts == null ? List.<String>of() : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            E value = allowed.stream()
                    .filter(e -> e.name().equalsIgnoreCase(text.strip()))
                    .findFirst()
                    .orElseThrow(() -> new ValidationException(
                            parameter,
                            "Unknown " + parameter + " '" + text + "'; use one of "
                                    + allowed.stream().map(Enum::name).collect(Collectors.joining(", ")) + "."));
            chosen.add(value);
        }
        return chosen;
    }

    private static boolean yes(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes", "1" -> true;
            case "off", "false", "no", "0" -> false;
            default ->
                throw new ValidationException(
                        parameter, "Unknown " + parameter + " '" + text + "'; use true or false.");
        };
    }
}
