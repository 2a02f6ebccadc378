package org.rightstracker.core.series;

import java.util.List;
import org.rightstracker.core.shared.Money;

/**
 * A series' state season by season, from its episodes' clearance verdicts: what the series and season
 * pages and the API show. Money is in the series' currency; an episode totalled in another currency is
 * listed but left out of the season's sums ({@code episodesInOtherCurrency}).
 */
public record SeriesRollup(long seriesId, String title, String currency, List<SeasonLine> seasons) {

    /**
     * One season: its own budget, the sum of its episodes' budgets, their projected and committed spend
     * (a series or season licence counted once, in the episode it is stored in), and its episodes.
     */
    public record SeasonLine(
            long seasonId,
            int number,
            String label,
            long version,
            Money seasonBudget,
            Money episodeBudgets,
            Money projected,
            Money committed,
            int episodesInOtherCurrency,
            List<EpisodeLine> episodes) {

        public int activeCues() {
            return episodes.stream().mapToInt(EpisodeLine::activeCues).sum();
        }

        public int clearedCues() {
            return episodes.stream().mapToInt(EpisodeLine::clearedCues).sum();
        }

        public int blocked() {
            return episodes.stream().mapToInt(EpisodeLine::blocked).sum();
        }

        public int atRisk() {
            return episodes.stream().mapToInt(EpisodeLine::atRisk).sum();
        }

        /** The season and episode budgets together; null when neither is set. */
        public Money totalBudget() {
            if (seasonBudget == null && episodeBudgets.isZero()) {
                return null;
            }
            return seasonBudget == null ? episodeBudgets : episodeBudgets.plus(seasonBudget);
        }
    }

    /** One episode: cues cleared of active, blocked and at-risk counts, money, and what is expiring. */
    public record EpisodeLine(
            long productionId,
            String title,
            Integer episodeOrder,
            String episodeNumber,
            int activeCues,
            int clearedCues,
            int blocked,
            int atRisk,
            Money budget,
            Money projected,
            List<String> expiring) {}
}
