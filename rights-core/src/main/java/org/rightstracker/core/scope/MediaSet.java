package org.rightstracker.core.scope;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rightstracker.core.shared.InvalidValueException;

/** The media a licence grants or a release plan needs. */
public final class MediaSet {

    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");
    private static final MediaSet EMPTY = new MediaSet(EnumSet.noneOf(Media.class));

    private final Set<Media> media;

    private MediaSet(EnumSet<Media> media) {
        this.media = Collections.unmodifiableSet(media);
    }

    public static MediaSet of(Media... media) {
        return of(Arrays.asList(media));
    }

    public static MediaSet of(Collection<Media> media) {
        if (media.isEmpty()) {
            return EMPTY;
        }
        return new MediaSet(EnumSet.copyOf(media));
    }

    /**
     * Reads media names separated by commas or spaces, in any case ("theatrical, svod"); hyphens stand
     * for underscores ("home-video"). A blank or null text is the empty set, as an untouched form field.
     */
    public static MediaSet parse(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        EnumSet<Media> media = EnumSet.noneOf(Media.class);
        for (String name : SEPARATORS.split(text.strip())) {
            media.add(mediaNamed(name));
        }
        return new MediaSet(media);
    }

    private static Media mediaNamed(String name) {
        String normalised = name.toUpperCase(Locale.ROOT).replace('-', '_');
        for (Media candidate : Media.values()) {
            if (candidate.name().equals(normalised)) {
                return candidate;
            }
        }
        String valid = Arrays.stream(Media.values()).map(Media::name).collect(Collectors.joining(", "));
        throw new InvalidValueException("Unknown media '" + name + "'; use one of " + valid + ".");
    }

    /** The media in enum order, unmodifiable. */
    public Set<Media> media() {
        return media;
    }

    public boolean isEmpty() {
        return media.isEmpty();
    }

    /**
     * Whether this grant includes everything {@code required} needs. An all-media grant covers any need;
     * a need for all media is only met by an all-media grant, because a list of named media never
     * includes the media it does not name.
     */
    public boolean covers(MediaSet required) {
        if (media.contains(Media.ALL_MEDIA)) {
            return true;
        }
        return media.containsAll(required.media);
    }

    /** What {@code required} needs that this grant lacks, in enum order; empty exactly when this covers it. */
    public Set<Media> missing(MediaSet required) {
        if (covers(required)) {
            return Collections.unmodifiableSet(EnumSet.noneOf(Media.class));
        }
        EnumSet<Media> lacking = EnumSet.noneOf(Media.class);
        lacking.addAll(required.media);
        lacking.removeAll(media);
        return Collections.unmodifiableSet(lacking);
    }

    /** The storage form: names in enum order joined by commas, e.g. "THEATRICAL,SVOD"; "" when empty. */
    public String code() {
        return media.stream().map(Media::name).collect(Collectors.joining(","));
    }

    /** A phrase for people, e.g. "Theatrical, SVOD and Festival"; "No media" when empty. */
    public String describe() {
        if (media.isEmpty()) {
            return "No media";
        }
        return EnglishList.of(media.stream().map(Media::label).toList());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MediaSet that && media.equals(that.media);
    }

    @Override
    public int hashCode() {
        return media.hashCode();
    }

    @Override
    public String toString() {
        return code();
    }
}
