package org.rightstracker.bench;

import java.util.Arrays;
import org.rightstracker.bench.data.GenerateCommand;
import org.rightstracker.bench.load.LoadCommand;

/**
 * Entry point of {@code rights-bench.jar}: {@code generate} fills a migrated database with benchmark
 * data, {@code load} measures a running server. {@code bench/load} runs both; see bench/README.md.
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java -jar rights-bench.jar generate|load [options]  (--help for options)");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "generate" -> GenerateCommand.main(rest);
            case "load" -> LoadCommand.main(rest);
            default -> {
                System.err.println("unknown command '" + args[0] + "': use generate or load");
                System.exit(2);
            }
        }
    }
}
