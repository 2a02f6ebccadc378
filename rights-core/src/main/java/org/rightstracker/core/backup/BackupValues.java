package org.rightstracker.core.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

/**
 * How a column value is written in the archive, so that it reads back identical on H2 or PostgreSQL:
 * integers as JSON numbers, decimals as strings (never floating point), instants in UTC ISO-8601,
 * dates and times in ISO-8601, bytes in Base64, everything else as text, SQL NULL as JSON null.
 */
final class BackupValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private BackupValues() {}

    static JsonNode read(ResultSet rs, int index, TableCatalog.Column column) throws SQLException {
        JsonNode value;
        switch (column.jdbcType()) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT ->
                value = JSON.numberNode(rs.getLong(index));
            case Types.NUMERIC, Types.DECIMAL -> {
                BigDecimal number = rs.getBigDecimal(index);
                value = number == null ? null : JSON.textNode(number.toPlainString());
            }
            case Types.BOOLEAN, Types.BIT -> value = JSON.booleanNode(rs.getBoolean(index));
            case Types.DATE -> {
                LocalDate date = rs.getObject(index, LocalDate.class);
                value = date == null ? null : JSON.textNode(date.toString());
            }
            case Types.TIME -> {
                LocalTime time = rs.getObject(index, LocalTime.class);
                value = time == null ? null : JSON.textNode(time.toString());
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = rs.getBytes(index);
                value = bytes == null ? null : JSON.textNode(Base64.getEncoder().encodeToString(bytes));
            }
            default -> value = column.withTimeZone() ? instant(rs, index) : timestampOrText(rs, index, column);
        }
        return rs.wasNull() || value == null ? JSON.nullNode() : value;
    }

    private static JsonNode instant(ResultSet rs, int index) throws SQLException {
        OffsetDateTime at = rs.getObject(index, OffsetDateTime.class);
        return at == null ? null : JSON.textNode(at.toInstant().toString());
    }

    private static JsonNode timestampOrText(ResultSet rs, int index, TableCatalog.Column column) throws SQLException {
        if (column.jdbcType() == Types.TIMESTAMP) {
            LocalDateTime at = rs.getObject(index, LocalDateTime.class);
            return at == null ? null : JSON.textNode(at.toString());
        }
        String text = rs.getString(index);
        return text == null ? null : JSON.textNode(text);
    }

    static void write(PreparedStatement ps, int index, TableCatalog.Column column, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            ps.setNull(index, column.withTimeZone() ? Types.TIMESTAMP_WITH_TIMEZONE : column.jdbcType());
            return;
        }
        switch (column.jdbcType()) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> ps.setLong(index, value.asLong());
            case Types.NUMERIC, Types.DECIMAL -> ps.setBigDecimal(index, new BigDecimal(value.asText()));
            case Types.BOOLEAN, Types.BIT -> ps.setBoolean(index, value.asBoolean());
            case Types.DATE -> ps.setObject(index, LocalDate.parse(value.asText()));
            case Types.TIME -> ps.setObject(index, LocalTime.parse(value.asText()));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                ps.setBytes(index, Base64.getDecoder().decode(value.asText()));
            default -> {
                if (column.withTimeZone()) {
                    ps.setObject(index, OffsetDateTime.ofInstant(Instant.parse(value.asText()), ZoneOffset.UTC));
                } else if (column.jdbcType() == Types.TIMESTAMP) {
                    ps.setObject(index, LocalDateTime.parse(value.asText()));
                } else {
                    ps.setString(index, value.asText());
                }
            }
        }
    }
}
