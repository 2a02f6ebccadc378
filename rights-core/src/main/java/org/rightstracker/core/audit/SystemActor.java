package org.rightstracker.core.audit;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** The actor when the application has no notion of users (core on its own, start-up tasks). */
@DefaultBean
@ApplicationScoped
public class SystemActor implements Actor {

    public static final String NAME = "system";

    @Override
    public String name() {
        return NAME;
    }
}
