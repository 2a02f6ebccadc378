package org.rightstracker.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.Assertions;

/** Finds the exception that matters inside the wrapping a transaction or ORM may add around it. */
public final class Failures {

    private Failures() {}

    public static AbstractThrowableAssert<?, ? extends Throwable> assertCausedBy(
            Throwable thrown, Class<? extends Throwable> type) {
        Throwable cause = thrown;
        while (cause != null && !type.isInstance(cause)) {
            cause = cause.getCause();
        }
        assertThat(cause)
                .as("%s somewhere in the causes of %s", type.getSimpleName(), thrown)
                .isNotNull();
        return Assertions.assertThat(cause);
    }

    public static Throwable thrownBy(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("Expected the action to fail, but it succeeded");
    }
}
