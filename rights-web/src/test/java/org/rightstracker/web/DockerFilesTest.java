package org.rightstracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps docker/Dockerfile and docker/compose.yaml in step with the build and the application's
 * configuration. No Docker daemon runs on our machines, so this checks what the sources tell: the
 * paths the Dockerfile copies, the environment variable names, ports and health check path. Runs in
 * the {@code test} phase, before the application is packaged; {@link DockerFilesIT} checks the copied
 * paths again after packaging.
 */
class DockerFilesTest {

    static final String QUARKUS_APP = "rights-web/target/quarkus-app";

    /** The Quarkus fast-jar layout: everything the image needs, and nothing else. */
    static final Set<String> QUARKUS_APP_LAYOUT = Set.of(
            QUARKUS_APP + "/lib", QUARKUS_APP + "/app", QUARKUS_APP + "/quarkus", QUARKUS_APP + "/quarkus-run.jar");

    static final String READINESS_PATH = "/q/health/ready";

    @Test
    void dockerfileCopiesExactlyTheQuarkusAppLayout() {
        List<String> sources = dockerfileCopySources();

        assertThat(sources).as("COPY/ADD sources in docker/Dockerfile").isNotEmpty();
        assertThat(sources)
                .as("every COPY source is part of the quarkus-app layout (%s)", QUARKUS_APP_LAYOUT)
                .allSatisfy(source -> assertThat(QUARKUS_APP_LAYOUT).contains(source));
        assertThat(new TreeSet<>(sources))
                .as("the image gets the whole quarkus-app layout")
                .containsExactlyInAnyOrderElementsOf(QUARKUS_APP_LAYOUT);
    }

    @Test
    void copiedPathsExistWhenTheAppHasBeenPackaged() {
        Path app = repositoryRoot().resolve(QUARKUS_APP);
        if (!Files.isDirectory(app)) {
            return; // not packaged yet (the test phase runs before package); DockerFilesIT checks after it
        }
        assertCopiedPathsExist();
    }

    @Test
    void dockerfileExposesTheHttpPortAndChecksReadiness() {
        List<Instruction> instructions = dockerfileInstructions();
        int httpPort = httpPort();

        List<String> exposed = instructions.stream()
                .filter(i -> i.name().equals("EXPOSE"))
                .flatMap(i -> List.of(i.args().split("\\s+")).stream())
                .map(port -> port.replaceFirst("/tcp$", ""))
                .toList();
        assertThat(exposed).as("EXPOSE in docker/Dockerfile").containsExactly(String.valueOf(httpPort));

        List<Instruction> healthchecks = instructions.stream()
                .filter(i -> i.name().equals("HEALTHCHECK"))
                .toList();
        if (!healthchecks.isEmpty()) {
            assertThat(healthchecks).hasSize(1);
            assertThat(healthUrlPath(healthchecks.get(0).args()))
                    .as("HEALTHCHECK in docker/Dockerfile")
                    .isEqualTo(READINESS_PATH);
            assertThat(healthUrlPort(healthchecks.get(0).args()))
                    .as("HEALTHCHECK port in docker/Dockerfile")
                    .isEqualTo(httpPort);
        }
    }

    @Test
    void dockerfileEnvironmentForTheAppIsReadByTheApplication() {
        Set<String> readByApp = envNamesReadByApplication();
        List<String> appVariables = dockerfileEnvNames().stream()
                .filter(name -> name.startsWith("RIGHTS_") || name.startsWith("QUARKUS_"))
                .toList();

        assertThat(appVariables).contains("RIGHTS_DATA_DIR");
        assertThat(appVariables)
                .as("ENV names in docker/Dockerfile must be read by application.properties (%s)", readByApp)
                .allSatisfy(name -> assertThat(readByApp).contains(name));
    }

    @Test
    void composeAppEnvironmentIsReadByTheApplication() {
        Set<String> readByApp = envNamesReadByApplication();
        Map<String, String> environment = composeEnvironment("app");

        assertThat(environment).containsKeys("RIGHTS_JDBC_URL", "RIGHTS_DB_USER", "RIGHTS_DB_PASSWORD");
        assertThat(environment.keySet())
                .as("environment of compose service app must be read by application.properties (%s)", readByApp)
                .allSatisfy(name -> assertThat(readByApp).contains(name));
    }

    @Test
    void composeAppTalksToTheDbService() {
        YamlNode services = compose().child("services").orElseThrow();
        assertThat(services.child("db")).as("compose service db").isPresent();
        Map<String, String> db = composeEnvironment("db");
        Map<String, String> app = composeEnvironment("app");

        URI jdbc = URI.create(app.get("RIGHTS_JDBC_URL").replaceFirst("^jdbc:", ""));
        assertThat(jdbc.getScheme()).isEqualTo("postgresql");
        assertThat(jdbc.getHost()).as("JDBC host is the db service").isEqualTo("db");
        assertThat(jdbc.getPort()).isIn(-1, 5432);
        assertThat(jdbc.getPath()).isEqualTo("/" + db.get("POSTGRES_DB"));
        assertThat(app.get("RIGHTS_DB_USER")).isEqualTo(db.get("POSTGRES_USER"));
        assertThat(app.get("RIGHTS_DB_PASSWORD")).isEqualTo(db.get("POSTGRES_PASSWORD"));

        YamlNode appService = services.child("app").orElseThrow();
        assertThat(appService.subtreeText()).contains("service_healthy");
        assertThat(appService.child("container_name"))
                .as("no container_name on app: it must be able to run as several replicas")
                .isEmpty();
        assertThat(services.child("db").orElseThrow().child("healthcheck")).isPresent();
    }

    @Test
    void composeRunsTwoReplicasThatShareSessionsAndTheDatabaseButNoVolume() {
        YamlNode app = compose().path("services", "app").orElseThrow();
        String replicas = app.path("deploy", "replicas").orElseThrow().value();
        assertThat(replicas).as("deploy.replicas defaults to two").matches("\\$\\{RIGHTS_REPLICAS:-2}|2");

        String ports = app.path("ports").orElseThrow().children().get(0).listItem();
        Matcher range = Pattern.compile("\"?(\\d+)-(\\d+):\\d+\"?").matcher(ports);
        assertThat(range.matches())
                .as("a host port range, one port per replica: " + ports)
                .isTrue();
        assertThat(Integer.parseInt(range.group(2)) - Integer.parseInt(range.group(1)) + 1)
                .isGreaterThanOrEqualTo(2);

        assertThat(composeEnvironment("app"))
                .as("one session key for every replica")
                .containsKey("RIGHTS_SESSION_KEY");
        assertThat(composeEnvironment("app"))
                .as("documents and issued reports live in the database, so the replicas need no shared disk")
                .containsEntry("RIGHTS_FILE_STORE", "database");
        assertThat(app.path("volumes")).as("no volume on the app replicas").isEmpty();
        assertThat(compose().path("volumes").orElseThrow().children())
                .as("the only volume is the database's")
                .hasSize(1);
    }

    @Test
    void composeIsForRealUseNoDemoAndTheSecretsComeFromTheEnvironment() {
        Map<String, String> app = composeEnvironment("app");
        assertThat(app.get("RIGHTS_DEMO_DATA"))
                .as("demo productions and demo users are opt-in in compose")
                .matches("\\$\\{RIGHTS_DEMO_DATA:-false}|false");
        // ${NAME:?message}: compose refuses to start without the variable, so no default password exists.
        assertThat(app.get("RIGHTS_ADMIN_PASSWORD")).startsWith("${RIGHTS_ADMIN_PASSWORD:?");
        assertThat(app.get("RIGHTS_DB_PASSWORD")).startsWith("${RIGHTS_DB_PASSWORD:?");
        assertThat(app.get("RIGHTS_SESSION_KEY")).startsWith("${RIGHTS_SESSION_KEY:?");
    }

    @Test
    void composeBuildsFromTheDockerfile() {
        YamlNode build = compose().path("services", "app", "build").orElseThrow();
        Path context = repositoryRoot()
                .resolve("docker")
                .resolve(build.child("context").orElseThrow().value())
                .normalize();
        String dockerfile = build.child("dockerfile").orElseThrow().value();

        assertThat(context).isEqualTo(repositoryRoot().normalize());
        assertThat(context.resolve(dockerfile)).isEqualTo(dockerfilePath().normalize());
    }

    @Test
    void composePortsMatchTheHttpPort() {
        int httpPort = httpPort();
        assertThat(httpPort).as("quarkus.http.port in application.properties").isEqualTo(8080);

        List<String> ports = compose().path("services", "app", "ports").orElseThrow().children().stream()
                .map(YamlNode::listItem)
                .toList();
        assertThat(ports).isNotEmpty();
        assertThat(ports)
                .as("container side of the app's ports")
                .allSatisfy(mapping -> assertThat(containerPort(mapping)).isEqualTo(httpPort));
    }

    @Test
    void composeHealthcheckUsesTheReadinessPath() {
        String test = compose()
                .path("services", "app", "healthcheck", "test")
                .orElseThrow()
                .subtreeText();
        assertThat(healthUrlPath(test)).isEqualTo(READINESS_PATH);
        assertThat(healthUrlPort(test)).isEqualTo(httpPort());
    }

    // ---------------------------------------------------------------------------------------------
    // Shared with DockerFilesIT

    static void assertCopiedPathsExist() {
        Path root = repositoryRoot();
        for (String source : dockerfileCopySources()) {
            Path path = root.resolve(source);
            assertThat(path).as("COPY source %s", source).exists();
            if (source.endsWith(".jar")) {
                assertThat(path).isRegularFile();
            } else {
                assertThat(path).isDirectory();
                assertThat(listing(path)).as("contents of %s", source).isNotEmpty();
            }
        }
    }

    /** The repository root: Maven runs module tests in the module directory, an IDE perhaps in the root. */
    static Path repositoryRoot() {
        Path cwd = Path.of("").toAbsolutePath();
        for (Path candidate = cwd; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("rights-web/src/main/resources/application.properties"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("repository root not found from " + cwd);
    }

    static Path dockerfilePath() {
        return repositoryRoot().resolve("docker/Dockerfile");
    }

    // ---------------------------------------------------------------------------------------------
    // application.properties

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}${]+)");

    static Properties applicationProperties() {
        Properties properties = new Properties();
        Path file = repositoryRoot().resolve("rights-web/src/main/resources/application.properties");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * Environment variable names that map to a configuration key the application reads: every key of
     * application.properties (without its profile) and every key referenced in a {@code ${...}}
     * expression, mapped as MicroProfile Config does (upper case, non-alphanumerics to '_').
     */
    static Set<String> envNamesReadByApplication() {
        Properties properties = applicationProperties();
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            keys.add(key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key);
            Matcher matcher = EXPRESSION.matcher(properties.getProperty(key));
            while (matcher.find()) {
                keys.add(matcher.group(1).trim());
            }
        }
        return keys.stream().map(DockerFilesTest::envName).collect(Collectors.toCollection(TreeSet::new));
    }

    static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** quarkus.http.port without a profile, or the default of its expression. */
    static int httpPort() {
        String value =
                applicationProperties().getProperty("quarkus.http.port", "8080").trim();
        Matcher expression = Pattern.compile("^\\$\\{[^:}]+:(\\d+)}$").matcher(value);
        return Integer.parseInt(expression.matches() ? expression.group(1) : value);
    }

    // ---------------------------------------------------------------------------------------------
    // Dockerfile

    record Instruction(String name, String args) {}

    static List<Instruction> dockerfileInstructions() {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : readLines(dockerfilePath())) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.length() == 0)) {
                continue; // comments (also inside continued instructions) and blank lines
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String text = current.toString().strip();
            current.setLength(0);
            if (text.isEmpty()) {
                continue;
            }
            String[] parts = text.split("\\s+", 2);
            instructions.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""));
        }
        return instructions;
    }

    /** Sources of COPY/ADD instructions from the build context, normalised ("./x/" becomes "x"). */
    static List<String> dockerfileCopySources() {
        List<String> sources = new ArrayList<>();
        for (Instruction instruction : dockerfileInstructions()) {
            if (!instruction.name().equals("COPY") && !instruction.name().equals("ADD")) {
                continue;
            }
            List<String> args = new ArrayList<>(splitArguments(instruction.args()));
            boolean fromStage = args.stream().anyMatch(arg -> arg.startsWith("--from"));
            args.removeIf(arg -> arg.startsWith("--"));
            assertThat(args).as("%s %s", instruction.name(), instruction.args()).hasSizeGreaterThanOrEqualTo(2);
            if (fromStage) {
                continue; // copies from another build stage, not from the context
            }
            for (String source : args.subList(0, args.size() - 1)) {
                sources.add(source.replaceFirst("^\\./", "").replaceFirst("/+$", ""));
            }
        }
        return sources;
    }

    static List<String> dockerfileEnvNames() {
        List<String> names = new ArrayList<>();
        for (Instruction instruction : dockerfileInstructions()) {
            if (!instruction.name().equals("ENV")) {
                continue;
            }
            List<String> args = splitArguments(instruction.args());
            if (!args.isEmpty() && !args.get(0).contains("=")) {
                names.add(args.get(0)); // legacy form: ENV NAME value
                continue;
            }
            for (String arg : args) {
                names.add(arg.substring(0, arg.indexOf('=')));
            }
        }
        return names;
    }

    /** Shell-like words of a Dockerfile argument list, or the strings of its JSON form. */
    static List<String> splitArguments(String args) {
        List<String> words = new ArrayList<>();
        String text = args.strip();
        if (text.startsWith("[")) {
            Matcher matcher = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(text);
            while (matcher.find()) {
                words.add(matcher.group(1));
            }
            return words;
        }
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    // ---------------------------------------------------------------------------------------------
    // Health check URLs

    private static final Pattern HEALTH_URL =
            Pattern.compile("https?://[^/\\s\"',\\]]+?(?::(\\d+|\\$\\{[^}]*}))?(/[^\\s\"',\\]]*)");

    static String healthUrlPath(String command) {
        Matcher matcher = HEALTH_URL.matcher(command);
        assertThat(matcher.find()).as("an http URL in health check %s", command).isTrue();
        return matcher.group(2);
    }

    static int healthUrlPort(String command) {
        Matcher matcher = HEALTH_URL.matcher(command);
        assertThat(matcher.find()).as("an http URL in health check %s", command).isTrue();
        String port = matcher.group(1);
        if (port == null) {
            return 80;
        }
        if (port.startsWith("${")) { // ${QUARKUS_HTTP_PORT:-8080}: the shell default
            port = port.replaceFirst("^\\$\\{[^:}]*:-?", "").replaceFirst("}$", "");
        }
        return Integer.parseInt(port);
    }

    // ---------------------------------------------------------------------------------------------
    // compose.yaml: a small reader for block-style YAML (mappings, sequences, scalars), enough for
    // the compose file; there is no YAML library on the test classpath.

    /** One non-blank line of YAML with the more indented lines below it. */
    record YamlNode(int indent, String text, List<YamlNode> children) {

        String key() {
            String content = text.startsWith("- ") ? text.substring(2).strip() : text;
            int colon = keySeparator(content);
            return colon < 0 ? null : unquote(content.substring(0, colon).strip());
        }

        String value() {
            int colon = keySeparator(text);
            return colon < 0
                    ? unquote(text.strip())
                    : unquote(text.substring(colon + 1).strip());
        }

        String listItem() {
            assertThat(text).as("YAML list item").startsWith("-");
            return unquote(text.substring(1).strip());
        }

        Optional<YamlNode> child(String key) {
            return children.stream().filter(c -> key.equals(c.key())).findFirst();
        }

        Optional<YamlNode> path(String... keys) {
            Optional<YamlNode> node = Optional.of(this);
            for (String key : keys) {
                node = node.flatMap(n -> n.child(key));
            }
            return node;
        }

        String subtreeText() {
            StringBuilder all = new StringBuilder(text);
            children.forEach(c -> all.append('\n').append(c.subtreeText()));
            return all.toString();
        }

        private static int keySeparator(String content) {
            char quote = 0;
            for (int i = 0; i < content.length(); i++) {
                char c = content.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == ':' && (i + 1 == content.length() || content.charAt(i + 1) == ' ')) {
                    return i;
                } else if (c == '[' || c == '{' || c == ' ') {
                    return -1; // flow collection or plain scalar with spaces: no key here
                }
            }
            return -1;
        }
    }

    static YamlNode compose() {
        YamlNode root = new YamlNode(-1, "", new ArrayList<>());
        List<YamlNode> stack = new ArrayList<>(List.of(root));
        for (String raw : readLines(repositoryRoot().resolve("docker/compose.yaml"))) {
            String line = stripComment(raw);
            if (line.isBlank() || line.strip().equals("---")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            YamlNode node = new YamlNode(indent, line.strip(), new ArrayList<>());
            while (stack.get(stack.size() - 1).indent() >= indent) {
                stack.remove(stack.size() - 1);
            }
            stack.get(stack.size() - 1).children().add(node);
            stack.add(node);
        }
        return root;
    }

    /** The environment of a compose service, in map form or list form ("- NAME=value"). */
    static Map<String, String> composeEnvironment(String service) {
        YamlNode environment = compose()
                .path("services", service, "environment")
                .orElseThrow(() -> new AssertionError("no environment for compose service " + service));
        Map<String, String> variables = new LinkedHashMap<>();
        for (YamlNode entry : environment.children()) {
            if (entry.text().startsWith("-")) {
                String item = entry.listItem();
                int equals = item.indexOf('=');
                variables.put(
                        equals < 0 ? item : item.substring(0, equals), equals < 0 ? "" : item.substring(equals + 1));
            } else {
                variables.put(entry.key(), entry.value());
            }
        }
        return variables;
    }

    /** The container side of a compose port mapping such as "8080:8080", "127.0.0.1:80:8080/tcp". */
    static int containerPort(String mapping) {
        String withoutProtocol = mapping.replaceFirst("/(tcp|udp)$", "");
        String container = withoutProtocol.substring(withoutProtocol.lastIndexOf(':') + 1);
        return Integer.parseInt(container);
    }

    private static String stripComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i).stripTrailing();
            }
        }
        return line.stripTrailing();
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    // ---------------------------------------------------------------------------------------------

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<Path> listing(Path directory) {
        try (var entries = Files.list(directory)) {
            return entries.collect(Collectors.toCollection(LinkedHashSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
