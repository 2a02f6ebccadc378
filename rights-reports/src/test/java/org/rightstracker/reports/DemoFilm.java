package org.rightstracker.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rightstracker.core.demo.DemoData;
import org.rightstracker.core.production.Production;

/**
 * The demo feature film (22 cues, accented names, every clearance state) for report tests. The demo
 * can be loaded only once per database (its parties' IPI numbers are unique) and every test class of
 * this module shares one database, so it is loaded on first use only.
 */
@ApplicationScoped
public class DemoFilm {

    public static final String TITLE = "Northern Lights Over Harrow";

    /** The demo episode, whose studio owns the score. */
    public static final String EPISODE_TITLE = "Harrow Bay — The Crossing";

    @Inject
    DemoData demo;

    @Transactional
    public long id() {
        return byTitle(TITLE);
    }

    @Transactional
    public long episodeId() {
        return byTitle(EPISODE_TITLE);
    }

    private long byTitle(String title) {
        Production film = Production.<Production>find("title", title).firstResult();
        if (film == null) {
            demo.load();
            film = Production.<Production>find("title", title).firstResult();
        }
        return film.id;
    }
}
