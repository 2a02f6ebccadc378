package org.rightstracker.web.startup;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rightstracker.core.demo.DemoData;

/** Fills an empty database with the demo productions on first start, unless switched off. */
@ApplicationScoped
public class DemoDataOnStartup {

    @ConfigProperty(name = "rights.demo-data")
    boolean enabled;

    @Inject
    DemoData demoData;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            demoData.loadIfEmpty();
        }
    }
}
