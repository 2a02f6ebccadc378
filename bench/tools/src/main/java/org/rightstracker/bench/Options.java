package org.rightstracker.bench;

import java.util.HashMap;
import java.util.Map;

/** Command-line options of the form {@code --name value}, read by name with a default. */
public final class Options {

    private final Map<String, String> values = new HashMap<>();

    private Options() {}

    /** Reads {@code --name value} pairs; anything else is refused with a message naming it. */
    public static Options parse(String[] args) {
        Options options = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got '" + arg + "'");
            }
            options.values.put(arg.substring(2), args[++i]);
        }
        return options;
    }

    public String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    public int integer(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    public long number(String name, long fallback) {
        return values.containsKey(name) ? Long.parseLong(values.get(name)) : fallback;
    }
}
