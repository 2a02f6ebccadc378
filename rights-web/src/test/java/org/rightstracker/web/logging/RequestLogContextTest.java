package org.rightstracker.web.logging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.security.Role;

/** Each request's log lines carry its id and the user's name; JSON logs stay off unless switched on. */
@QuarkusTest
class RequestLogContextTest {

    @Inject
    PageWorld world;

    @Test
    void aRequestsLogLinesCarryItsIdAndTheUserName() throws Exception {
        String user = world.user(Role.SUPERVISOR);
        byte[] cwr = Files.readAllBytes(Path.of("../rights-core/src/test/resources/importing/cwr/nwrexample2.V21"));
        List<ExtLogRecord> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext
                        && String.valueOf(record.getMessage()).contains("log-context")) {
                    ext.copyMdc();
                    lines.add(ext);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger("org.rightstracker");
        logger.addHandler(capture);
        Response response;
        try {
            response = given().auth()
                    .preemptive()
                    .basic(user, PageWorld.PASSWORD)
                    .header(RequestLogContext.HEADER, "probe-request-42")
                    .contentType("text/plain")
                    .body(cwr)
                    .post("/api/v1/imports/cwr?fileName=log-context.V21");
        } finally {
            logger.removeHandler(capture);
        }

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header(RequestLogContext.HEADER)).isEqualTo("probe-request-42");
        assertThat(lines).isNotEmpty();
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.getMdc(RequestLogContext.REQUEST_ID)).isEqualTo("probe-request-42");
            assertThat(line.getMdc(RequestLogContext.USER)).isEqualTo(user);
        });
    }

    @Test
    void anUpstreamIdThatCouldForgeALogLineIsReplaced() {
        Response response = given().header(RequestLogContext.HEADER, "x\" forged=1 " + "y".repeat(80))
                .get("/q/health/live");

        assertThat(response.header(RequestLogContext.HEADER)).matches("[0-9a-f]{16}");
    }

    @Test
    void jsonLogsAreOffByDefault() {
        assertThat(ConfigProvider.getConfig().getValue("quarkus.log.console.json.enabled", Boolean.class))
                .isFalse();
    }
}
