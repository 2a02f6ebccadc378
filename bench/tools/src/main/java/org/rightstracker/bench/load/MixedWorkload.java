package org.rightstracker.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The mixed read/write phase: each client reads pages and API lists of its own production and edits
 * its own cue, that cue's first clearance item (licence terms) and parties it creates, always after
 * reading the current version, so a 409 conflict means something is wrong, not that clients collided.
 * Every 5xx, I/O error and unexpected status counts as an error.
 */
final class MixedWorkload {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] CUE_FIELDS = {
        "number",
        "title",
        "origin",
        "usage",
        "timecodeIn",
        "timecodeOut",
        "duration",
        "scene",
        "moods",
        "styles",
        "workId",
        "recordingId",
        "active"
    };

    private final HttpSession session;
    private final long largeProduction;
    private final List<Long> cues;
    private final long[] productionOfClient;
    private final Map<String, Recorder> recorders = new LinkedHashMap<>();

    MixedWorkload(HttpSession session, long largeProduction, List<Long> editableCues, int clients) {
        if (editableCues.size() < clients) {
            throw new IllegalArgumentException("only " + editableCues.size() + " editable cues for " + clients
                    + " clients: generate more member productions");
        }
        this.session = session;
        this.largeProduction = largeProduction;
        this.cues = editableCues;
        this.productionOfClient = new long[clients];
        for (String name : new String[] {
            "mixed: dashboard", "mixed: production page", "mixed: cue page", "mixed: large production page",
            "mixed: API cue list", "mixed: API reads before writes", "mixed: PUT licence terms", "mixed: PUT cue",
            "mixed: POST party"
        }) {
            recorders.put(name, new Recorder(name));
        }
    }

    /** Looks up each client's production (the cue's) before the clock starts. */
    void prepare() throws IOException, InterruptedException {
        for (int client = 0; client < productionOfClient.length; client++) {
            HttpSession.Reply reply = session.get("/api/v1/cues/" + cues.get(client));
            if (reply.status() != 200) {
                throw new IOException("cue " + cues.get(client) + ": HTTP " + reply.status());
            }
            productionOfClient[client] =
                    JSON.readTree(reply.body()).get("productionId").asLong();
        }
    }

    /** One operation of one client, chosen at random with fixed weights (about 30% writes). */
    void step(int client, long iteration) throws InterruptedException {
        Random random = new Random(client * 1_000_003L + iteration);
        long cue = cues.get(client);
        long production = productionOfClient[client];
        int draw = random.nextInt(100);
        if (draw < 20) {
            read("mixed: dashboard", "/");
        } else if (draw < 35) {
            read("mixed: production page", "/productions/" + production);
        } else if (draw < 50) {
            read("mixed: cue page", "/cues/" + cue);
        } else if (draw < 55) {
            read("mixed: large production page", "/productions/" + largeProduction);
        } else if (draw < 70) {
            read("mixed: API cue list", "/api/v1/productions/" + production + "/cues?size=100");
        } else if (draw < 82) {
            editTerms(client, cue, iteration);
        } else if (draw < 94) {
            editCue(client, cue, iteration);
        } else {
            createParty(client, iteration);
        }
    }

    /**
     * Changes the notes of one cue of {@code production} through the API, so that everything cached under
     * the production's revision (its page, its checklist and their files) has to be built again.
     */
    static void touchProduction(HttpSession session, long production, String note)
            throws IOException, InterruptedException {
        HttpSession.Reply list = session.get("/api/v1/productions/" + production + "/cues?size=1");
        if (list.status() != 200) {
            throw new IOException("cues of production " + production + ": HTTP " + list.status());
        }
        long cue = JSON.readTree(list.body()).get("items").get(0).get("id").asLong();
        HttpSession.Reply current = session.get("/api/v1/cues/" + cue);
        if (current.status() != 200) {
            throw new IOException("cue " + cue + ": HTTP " + current.status());
        }
        JsonNode read = JSON.readTree(current.body());
        ObjectNode body = JSON.createObjectNode();
        body.put("version", read.get("version").asLong());
        for (String field : CUE_FIELDS) {
            body.set(field, read.get(field));
        }
        body.put("notes", note);
        HttpSession.Reply written = session.send("PUT", "/api/v1/cues/" + cue, body.toString());
        if (written.status() != 200) {
            throw new IOException("PUT cue " + cue + ": HTTP " + written.status() + " " + written.text());
        }
    }

    List<Recorder.Summary> summaries(double seconds) {
        List<Recorder.Summary> summaries = new ArrayList<>();
        recorders.values().forEach(r -> summaries.add(r.summary(seconds)));
        return summaries;
    }

    private void read(String name, String path) throws InterruptedException {
        call(name, 200, () -> session.get(path));
    }

    private void editTerms(int client, long cue, long iteration) throws InterruptedException {
        HttpSession.Reply items = call(
                "mixed: API reads before writes", 200, () -> session.get("/api/v1/cues/" + cue + "/clearance-items"));
        JsonNode item = items == null ? null : parse(items).path("items").path(0);
        if (item == null || item.isMissingNode()) {
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("version", item.get("version").asLong());
        JsonNode fee = item.get("agreedFee").isNull() ? item.get("quotedFee") : item.get("agreedFee");
        body.put("currency", fee.isNull() ? null : fee.get("currency").asText());
        body.put("quotedFee", amount(item.get("quotedFee")));
        body.put("agreedFee", amount(item.get("agreedFee")));
        body.put("mfn", item.get("mfn").asBoolean());
        body.put("mfnWaived", item.get("mfnWaived").asBoolean());
        body.set("quoteExpiresOn", item.get("quoteExpiresOn"));
        body.set("granted", item.get("granted"));
        body.put("contact", "Bench client " + client);
        body.put("notes", "Edited by bench client " + client + ", round " + iteration);
        call(
                "mixed: PUT licence terms",
                200,
                () -> session.send(
                        "PUT", "/api/v1/clearance-items/" + item.get("id").asLong() + "/terms", body.toString()));
    }

    private void editCue(int client, long cue, long iteration) throws InterruptedException {
        HttpSession.Reply current =
                call("mixed: API reads before writes", 200, () -> session.get("/api/v1/cues/" + cue));
        if (current == null) {
            return;
        }
        JsonNode read = parse(current);
        ObjectNode body = JSON.createObjectNode();
        body.put("version", read.get("version").asLong());
        for (String field : CUE_FIELDS) {
            body.set(field, read.get(field));
        }
        body.put("notes", "Spotting note from bench client " + client + ", round " + iteration);
        call("mixed: PUT cue", 200, () -> session.send("PUT", "/api/v1/cues/" + cue, body.toString()));
    }

    private void createParty(int client, long iteration) throws InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", "Bench Publishing " + client + "-" + iteration);
        body.put("kind", "ORGANISATION");
        body.putArray("roles").add("PUBLISHER");
        body.put("email", "bench" + client + "@publishing.example");
        call("mixed: POST party", 201, () -> session.send("POST", "/api/v1/parties", body.toString()));
    }

    private interface Call {
        HttpSession.Reply send() throws IOException, InterruptedException;
    }

    // Records the call; returns the reply when it had the expected status, else null.
    private HttpSession.Reply call(String name, int expected, Call call) throws InterruptedException {
        Recorder recorder = recorders.get(name);
        long start = System.nanoTime();
        try {
            HttpSession.Reply reply = call.send();
            long nanos = System.nanoTime() - start;
            if (reply.status() == expected) {
                recorder.success(nanos, reply);
                return reply;
            }
            recorder.error(nanos, "HTTP " + reply.status() + problemTitle(reply));
        } catch (IOException e) {
            recorder.error(System.nanoTime() - start, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return null;
    }

    private static String problemTitle(HttpSession.Reply reply) {
        if (!reply.contentType().contains("json")) {
            return "";
        }
        JsonNode problem = parse(reply);
        String detail = problem.path("detail").asText(problem.path("title").asText(""));
        return detail.isEmpty() ? "" : " (" + (detail.length() > 120 ? detail.substring(0, 120) : detail) + ")";
    }

    private static JsonNode parse(HttpSession.Reply reply) {
        try {
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String amount(JsonNode money) {
        return money == null || money.isNull() ? null : money.get("amount").asText();
    }
}
