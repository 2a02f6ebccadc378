package org.rightstracker.web.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.concurrent.atomic.AtomicInteger;
import org.rightstracker.web.security.Role;
import org.rightstracker.web.security.Team;

/** JSON requests signed in with HTTP Basic as one of the test team's users. */
final class Api {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Api() {}

    static RequestSpecification as(String role) {
        String user = role.equals("OUTSIDER") ? "outsider" : Team.user(Role.valueOf(role));
        return given().auth()
                .preemptive()
                .basic(user, Team.PASSWORD)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    static String unique(String name) {
        return name + " " + SEQUENCE.incrementAndGet();
    }
}
