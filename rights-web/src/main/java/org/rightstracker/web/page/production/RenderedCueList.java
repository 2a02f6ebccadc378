package org.rightstracker.web.page.production;

import io.quarkus.qute.RawString;
import java.util.List;

/**
 * A production's cue list as the page shows it: the counts and filter choices the page prints around it,
 * and the cue tables already rendered (the bulk of a large production's page), so that it can be kept
 * between requests.
 *
 * @param licensorOptions the filter's licensor choices, HTML (a large production has hundreds)
 * @param groups the score and licensed-music tables, HTML
 */
public record RenderedCueList(
        boolean isEmpty, int shown, int total, List<String> licensors, RawString licensorOptions, RawString groups) {}
