package org.rightstracker.core.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.type.Type;
import org.rightstracker.core.shared.TextLimit;

/**
 * Records every change to ownership, cues, licences and productions as {@link AuditEntry} rows,
 * field by field with old and new values. Hibernate reports each insert, update and delete as it
 * flushes; they are put into words right after each flush and written just before the transaction
 * commits, in the same transaction, so a change and its history commit or roll back together. One
 * instance per session ({@code @Dependent}).
 */
@PersistenceUnitExtension
@Dependent
public class AuditTrail implements Interceptor {

    private static final Set<String> UNAUDITED_FIELDS =
            Set.of("version", "createdAt", "updatedAt", "position", "nameKey", "titleKey", "alternateKey", "artistKey");

    private static final String INSERT = "insert into audit_entry (changed_at, username, action, entity_type,"
            + " entity_id, subject, field, old_value, new_value, production_id, cue_id, item_id, work_id,"
            + " recording_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Rows sent to the database at a time: an import of 10,000 works leaves some 60,000 to write. */
    private static final int BATCH_SIZE = 500;

    @Inject
    Actor actor;

    @Inject
    AgroalDataSource dataSource;

    private final List<Change> pending = new ArrayList<>();

    private final List<Row> rendered = new ArrayList<>();

    /** A change seen during flush; turned into words after the flush, when associations may be loaded. */
    private record Change(AuditAction action, Object entity, String field, Object oldValue, Object newValue) {}

    /** A change in words, as its audit row will hold it. */
    private record Row(
            AuditAction action,
            String entityType,
            long entityId,
            String subject,
            String field,
            String oldValue,
            String newValue,
            Long productionId,
            Long cueId,
            Long itemId,
            Long workId,
            Long recordingId) {}

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (AuditedEntity.isAudited(entity)) {
            pending.add(new Change(AuditAction.ADDED, entity, null, null, null));
        }
        return false;
    }

    @Override
    public boolean onFlushDirty(
            Object entity, Object id, Object[] current, Object[] previous, String[] names, Type[] types) {
        if (!AuditedEntity.isAudited(entity) || previous == null) {
            return false;
        }
        for (int i = 0; i < names.length; i++) {
            if (types[i].isCollectionType() || UNAUDITED_FIELDS.contains(names[i])) {
                continue;
            }
            if (!same(previous[i], current[i])) {
                pending.add(new Change(AuditAction.CHANGED, entity, names[i], previous[i], current[i]));
            }
        }
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (AuditedEntity.isAudited(entity)) {
            pending.add(new Change(AuditAction.REMOVED, entity, null, null, null));
        }
    }

    /**
     * Turns what the flush saw into rows while the entities are still in the session (associations can
     * be loaded now, not during the flush): a long import may clear its session between flushes.
     */
    @Override
    public void postFlush(Iterator<Object> entities) {
        renderPending();
    }

    @Override
    public void beforeTransactionCompletion(Transaction tx) {
        renderPending();
        if (rendered.isEmpty()) {
            return;
        }
        List<Row> rows = List.copyOf(rendered);
        rendered.clear();
        String username = TextLimit.AUDIT_USERNAME.shortened(actor.name());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int batched = 0;
            for (Row row : rows) {
                insert.setObject(1, now);
                insert.setString(2, username);
                insert.setString(3, row.action().name());
                insert.setString(4, row.entityType());
                insert.setLong(5, row.entityId());
                insert.setString(6, row.subject());
                insert.setString(7, row.field());
                insert.setString(8, row.oldValue());
                insert.setString(9, row.newValue());
                insert.setObject(10, row.productionId());
                insert.setObject(11, row.cueId());
                insert.setObject(12, row.itemId());
                insert.setObject(13, row.workId());
                insert.setObject(14, row.recordingId());
                insert.addBatch();
                if (++batched % BATCH_SIZE == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            // No history, no change: failing here rolls the whole transaction back.
            throw new IllegalStateException("Could not write the audit history: " + e.getMessage(), e);
        }
    }

    private void renderPending() {
        if (pending.isEmpty()) {
            return;
        }
        List<Change> changes = List.copyOf(pending);
        pending.clear();
        for (Change change : changes) {
            AuditedEntity audited = AuditedEntity.of(change.entity());
            String value = audited.rowValue();
            rendered.add(new Row(
                    change.action(),
                    audited.type(),
                    audited.id(),
                    TextLimit.AUDIT_SUBJECT.shortened(audited.subject()),
                    change.field() == null
                            ? null
                            : TextLimit.AUDIT_FIELD.shortened(AuditedEntity.label(change.field())),
                    TextLimit.AUDIT_OLD_VALUE.shortened(
                            change.action() == AuditAction.CHANGED
                                    ? audited.shown(change.field(), change.oldValue())
                                    : change.action() == AuditAction.REMOVED ? value : null),
                    TextLimit.AUDIT_NEW_VALUE.shortened(
                            change.action() == AuditAction.CHANGED
                                    ? audited.shown(change.field(), change.newValue())
                                    : change.action() == AuditAction.ADDED ? value : null),
                    audited.productionId(),
                    audited.cueId(),
                    audited.itemId(),
                    audited.workId(),
                    audited.recordingId()));
        }
    }

    @Override
    public void afterTransactionCompletion(Transaction tx) {
        pending.clear();
        rendered.clear();
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
