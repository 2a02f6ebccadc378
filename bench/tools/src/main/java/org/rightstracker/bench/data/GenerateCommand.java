package org.rightstracker.bench.data;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.rightstracker.bench.Options;

/**
 * {@code rights-bench generate}: fills a migrated, stopped application's database and writes the ids
 * the load client needs to a properties file.
 */
public final class GenerateCommand {

    private static final String USAGE = """
            usage: java -jar rights-bench.jar generate --jdbc-url URL [--user rights] [--password rights]
                   [--ids bench-ids.properties] [--productions 200] [--cues 20000] [--large-cues 1000]
                   [--small-cues 100] [--member-productions 10] [--seed 20261126] [--as-of YYYY-MM-DD (today)]
                   [--bench-user bench-supervisor] [--password-from admin]
            The database must have been migrated by the application (start it once on the empty database).
            The bench supervisor signs in with the password of the --password-from user.""";

    private GenerateCommand() {}

    public static void main(String[] args) throws SQLException, IOException {
        if (args.length == 0 || args[0].equals("--help")) {
            System.out.println(USAGE);
            return;
        }
        Options options = Options.parse(args);
        GeneratorSettings settings = GeneratorSettings.from(options);
        Path idsFile = Path.of(options.text("ids", "bench-ids.properties"));
        long started = System.nanoTime();
        GeneratedData generated;
        try (Connection connection = DriverManager.getConnection(
                options.required("jdbc-url"), options.text("user", "rights"), options.text("password", "rights"))) {
            generated = DataGenerator.generate(connection, settings);
        }
        Properties ids = generated.ids();
        ids.setProperty("large.cues", Integer.toString(settings.largeCues()));
        ids.setProperty("small.cues", Integer.toString(settings.smallCues()));
        try (Writer out = Files.newBufferedWriter(idsFile)) {
            ids.store(out, "rights-bench generate " + String.join(" ", args));
        }
        System.out.printf(
                "Generated in %.1f s (seed %d, as of %s):%n",
                (System.nanoTime() - started) / 1e9, settings.seed(), settings.asOf());
        generated.rows().forEach((table, rows) -> System.out.printf("  %-18s %,8d%n", table, rows));
        System.out.printf(
                "Large production %d, small production %d, bench user '%s' on %d productions; ids in %s%n",
                generated.largeProduction(),
                generated.smallProduction(),
                generated.benchUser(),
                generated.memberProductions().size(),
                idsFile);
    }
}
