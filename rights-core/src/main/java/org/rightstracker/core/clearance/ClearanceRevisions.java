package org.rightstracker.core.clearance;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.licence.LicenceEvent;
import org.rightstracker.core.licence.LicenceOption;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.recording.MasterShare;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.series.Season;
import org.rightstracker.core.series.Series;
import org.rightstracker.core.work.PublisherShare;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WriterShare;

/**
 * Raises {@code production.clearance_revision} of every production whose clearance a change may
 * alter (and of the production whose licence gains a timeline record: the chase alerts read it), in the transaction of the change, so that a clearance summary cached by any instance can be
 * checked against the database with the production row it reads anyway. Raises {@code
 * cue.clearance_revision} of every cue whose own facts changed as well (its row, items, options and
 * timeline, the work, recording, shares and parties it uses), so that a kept production verdict can be
 * brought up to date by evaluating only those cues ({@link KeptVerdicts}); changes that reach beyond
 * single cues (a series or season, an episode's place) concern episodes, which are always evaluated whole.
 * Each change raises its cues before their productions, after the rows it writes itself (the cue, an
 * item), so the cue rows add no new way for two transactions to wait for each other. Registered as a JPA entity
 * listener on everything the engine reads besides the production itself (whose own {@code @Version}
 * covers its plan, budget and currency). Changes written with plain SQL outside the application are
 * not seen; they must raise the counters themselves.
 *
 * <p>Plain JDBC on the transaction's connection, like the audit trail, because JPA forbids using the
 * entity manager inside a callback. Each target is raised at most once per transaction; shares of a
 * work or recording created in the same transaction raise nothing (no cue can use it yet), nor do items
 * of a cue or options of an item created in it (the new cue or item has raised its production), so a
 * large import costs about one extra statement per production and two per existing cue it touches.
 */
public class ClearanceRevisions {

    /**
     * Raises the productions named by a subquery and every other episode of their series: a season or
     * series licence stored on one episode's cue clears cues of the others, and a cue added or removed
     * in one episode moves which uses fall within such a licence's cap everywhere after it.
     */
    private static String raise(String productions) {
        return "update production set clearance_revision = clearance_revision + 1 where id in (" + productions
                + ") or season_id in (select s2.id from season s2 join season s1 on s1.series_id = s2.series_id"
                + " join production p1 on p1.season_id = s1.id where p1.id in (" + productions + "))";
    }

    private static final String BY_PRODUCTION = raise("?");
    private static final String BY_CUE = raise("select c.production_id from cue c where c.id = ?");
    private static final String BY_ITEM =
            raise("select c.production_id from cue c join clearance_item i on i.cue_id = c.id where i.id = ?");
    private static final String BY_WORK = raise("select c.production_id from cue c where c.work_id = ?");
    private static final String BY_RECORDING = raise("select c.production_id from cue c where c.recording_id = ?");
    private static final String BY_PARTY = raise("select c.production_id from cue c where"
            + " c.id in (select i.cue_id from clearance_item i where i.party_id = ?1)"
            + " or c.work_id in (select s.work_id from publisher_share s where s.party_id = ?1)"
            + " or c.work_id in (select w.work_id from writer_share w where w.party_id = ?1)"
            + " or c.recording_id in (select m.recording_id from master_share m where m.party_id = ?1)"
            + " union select p.id from production p where p.studio_id = ?1"
            + " union select p.id from production p join season se on se.id = p.season_id"
            + " join series sr on sr.id = se.series_id where sr.studio_id = ?1");
    // Episodes inherit the series' plan, studio and currency; the season's number orders capped uses.
    private static final String BY_SERIES =
            "update production set clearance_revision = clearance_revision + 1 where season_id in"
                    + " (select se.id from season se where se.series_id = ?)";
    private static final String BY_SEASON =
            "update production set clearance_revision = clearance_revision + 1 where season_id in"
                    + " (select se.id from season se where se.series_id = (select s.series_id from season s where s.id = ?))";

    private static String raiseCues(String condition) {
        return "update cue set clearance_revision = clearance_revision + 1 where " + condition;
    }

    private static final String CUE = raiseCues("id = ?");
    private static final String CUES_OF_ITEM = raiseCues("id = (select i.cue_id from clearance_item i where i.id = ?)");
    private static final String CUES_OF_WORK = raiseCues("work_id = ?");
    private static final String CUES_OF_RECORDING = raiseCues("recording_id = ?");
    private static final String CUES_OF_PARTY =
            raiseCues("id in (select i.cue_id from clearance_item i where i.party_id = ?1)"
                    + " or work_id in (select s.work_id from publisher_share s where s.party_id = ?1)"
                    + " or work_id in (select w.work_id from writer_share w where w.party_id = ?1)"
                    + " or recording_id in (select m.recording_id from master_share m where m.party_id = ?1)");

    private static final String DONE = ClearanceRevisions.class.getName() + ".done";

    @PostPersist
    void added(Object entity) {
        if (entity instanceof Work work) {
            done().add("new-work:" + work.id);
        } else if (entity instanceof Recording recording) {
            done().add("new-recording:" + recording.id);
        } else if (entity instanceof Cue cue) {
            // A new cue needs no raise of its own: no kept verdict has seen it yet.
            done().add("new-cue:" + cue.id);
            raise(BY_PRODUCTION, cue.production.id);
        } else if (entity instanceof ClearanceItem item) {
            done().add("new-item:" + item.id);
            changed(item);
        } else if (!(entity instanceof Party) && !(entity instanceof Series) && !(entity instanceof Season)) {
            // A new party, series or season has no episode or cue yet.
            changed(entity);
        }
    }

    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        if (entity instanceof Cue cue) {
            raise(CUE, cue.id);
            raise(BY_PRODUCTION, cue.production.id);
        } else if (entity instanceof ClearanceItem item) {
            // A cue added in this transaction has raised its production already.
            if (!done().contains("new-cue:" + item.cue.id)) {
                raise(CUE, item.cue.id);
                raise(BY_CUE, item.cue.id);
            }
        } else if (entity instanceof LicenceOption option) {
            // So has an item added in this transaction (itself, or through its new cue).
            raiseForItem(option.item.id);
        } else if (entity instanceof LicenceEvent event) {
            // A follow-up or a letter changes no verdict, but the chase alerts and the reports show
            // when the licensor was last contacted, and they are cached under this revision too.
            raiseForItem(event.item.id);
        } else if (entity instanceof PublisherShare share) {
            raiseForWork(share.work.id);
        } else if (entity instanceof WriterShare share) {
            raiseForWork(share.work.id);
        } else if (entity instanceof MasterShare share) {
            raiseForRecording(share.recording.id);
        } else if (entity instanceof Work work) {
            raiseForWork(work.id);
        } else if (entity instanceof Recording recording) {
            raiseForRecording(recording.id);
        } else if (entity instanceof Party party) {
            raise(CUES_OF_PARTY, party.id);
            raise(BY_PARTY, party.id);
        } else if (entity instanceof Series series) {
            raise(BY_SERIES, series.id);
        } else if (entity instanceof Season season) {
            raise(BY_SEASON, season.id);
        }
    }

    private static void raiseForItem(long itemId) {
        if (!done().contains("new-item:" + itemId)) {
            raise(CUES_OF_ITEM, itemId);
            raise(BY_ITEM, itemId);
        }
    }

    private static void raiseForWork(long workId) {
        if (!done().contains("new-work:" + workId)) {
            raise(CUES_OF_WORK, workId);
            raise(BY_WORK, workId);
        }
    }

    private static void raiseForRecording(long recordingId) {
        if (!done().contains("new-recording:" + recordingId)) {
            raise(CUES_OF_RECORDING, recordingId);
            raise(BY_RECORDING, recordingId);
        }
    }

    /**
     * For a change no entity listener sees: an episode moved into or out of a season reorders the uses
     * that season and series licences count. Call in the transaction of the change.
     */
    public static void seriesChanged(long seriesId) {
        raise(BY_SERIES, seriesId);
    }

    private static void raise(String sql, long id) {
        if (!done().add(sql + id)) {
            return;
        }
        // BY_PARTY names its one parameter several times (?1); plain JDBC wants one ? per use.
        String jdbc = sql.replace("?1", "?");
        int parameters = (int) jdbc.chars().filter(ch -> ch == '?').count();
        try (Connection connection =
                        Arc.container().instance(AgroalDataSource.class).get().getConnection();
                PreparedStatement statement = connection.prepareStatement(jdbc)) {
            for (int i = 1; i <= parameters; i++) {
                statement.setLong(i, id);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not mark the clearance of affected productions as changed", e);
        }
    }

    /** What this transaction has already raised (and which works, recordings, cues and items it created). */
    @SuppressWarnings("unchecked")
    private static Set<String> done() {
        TransactionSynchronizationRegistry registry = Arc.container()
                .instance(TransactionSynchronizationRegistry.class)
                .get();
        Set<String> done = (Set<String>) registry.getResource(DONE);
        if (done == null) {
            done = new HashSet<>();
            registry.putResource(DONE, done);
        }
        return done;
    }
}
