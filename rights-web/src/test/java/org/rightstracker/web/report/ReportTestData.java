package org.rightstracker.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.rightstracker.core.demo.DemoData;
import org.rightstracker.core.production.Production;

/**
 * The demo film for the report pages. Demo data is off in the test profile and can be loaded only
 * once per database (unique IPI numbers), which every test class of this module shares: load it on
 * first use only.
 */
@ApplicationScoped
public class ReportTestData {

    public static final String FILM = "Northern Lights Over Harrow";

    @Inject
    DemoData demo;

    /** The demo's episode, loaded with the film. */
    public static final String EPISODE = "Harrow Bay — The Crossing";

    /** Both demo productions (the film first), loading the demo on first use. */
    @Transactional
    public List<Long> demoProductions() {
        long film = film();
        Production episode = Production.<Production>find("title", EPISODE).firstResult();
        return List.of(film, episode.id);
    }

    @Transactional
    public long film() {
        Production film = Production.<Production>find("title", FILM).firstResult();
        if (film == null) {
            demo.load();
            film = Production.<Production>find("title", FILM).firstResult();
        }
        return film.id;
    }
}
