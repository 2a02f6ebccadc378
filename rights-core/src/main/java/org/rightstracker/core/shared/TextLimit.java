package org.rightstracker.core.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How many characters every stored text may have: one constant per {@code varchar} column of the schema,
 * naming the column, the field forms and the API report it under, the label people read, and the limit.
 * Services check typed text against these ({@link Errors#required(TextLimit, String)}), the database
 * refusal mapping names a field from them, and {@code TextLimitsMatchTheSchemaTest} compares each with the
 * column's real size, so a migration that changes a size without this file fails the build.
 *
 * <p>The {@link Source} says who writes the column: people ({@code TYPED}, checked on every write), the
 * application from a closed set of values ({@code CODE}: enum names, identifiers, currency, media and
 * territory codes, timecodes, hashes; bounded by construction), or the application as a record of what
 * happened ({@code RECORD}: audit rows, issued files, job runs; shortened where the column requires).
 */
public enum TextLimit {
    PARTY_NAME("party", "name", "name", "Name", 200, Source.TYPED),
    PARTY_KIND("party", "kind", "kind", "Kind", 20, Source.CODE),
    PARTY_ROLES("party", "roles", "roles", "Roles", 200, Source.CODE),
    PARTY_SOCIETY("party", "society", "society", "Society", 20, Source.TYPED),
    PARTY_IPI_NAME_NUMBER("party", "ipi_name_number", "ipiNameNumber", "IPI name number", 11, Source.CODE),
    PARTY_ISNI("party", "isni", "isni", "ISNI", 16, Source.CODE),
    PARTY_CONTACT_NAME("party", "contact_name", "contactName", "Contact name", 200, Source.TYPED),
    PARTY_EMAIL("party", "email", "email", "E-mail", 200, Source.TYPED),
    PARTY_PHONE("party", "phone", "phone", "Phone", 50, Source.TYPED),
    PARTY_NOTES("party", "notes", "notes", "Notes", 4000, Source.TYPED),
    // Registration fields below come from fixed-width CWR fields no wider than their columns.
    PARTY_MR_SOCIETY("party", "mr_society", "mrSociety", "MR society", 20, Source.RECORD),

    WORK_TITLE("work", "title", "title", "Title", 300, Source.TYPED),
    WORK_ISWC("work", "iswc", "iswc", "ISWC", 11, Source.CODE),
    WORK_NOTES("work", "notes", "notes", "Notes", 4000, Source.TYPED),
    WORK_ALTERNATE_TITLE("work_alternate_title", "title", "alternateTitles", "Alternate title", 300, Source.TYPED),
    WORK_SUBMITTER_WORK_NUMBER(
            "work", "submitter_work_number", "submitterWorkNumber", "Submitter work number", 14, Source.RECORD),
    WORK_LANGUAGE_CODE("work", "language_code", "languageCode", "Language", 2, Source.CODE),
    WORK_VERSION_TYPE("work", "version_type", "versionType", "Version type", 3, Source.CODE),
    WORK_ORIGIN_PRODUCTION_TITLE(
            "work", "origin_production_title", "originProductionTitle", "Production title", 60, Source.RECORD),
    RIGHT_OWNERSHIP_PARTY_KIND("work_right_ownership", "party_kind", "kind", "Owner kind", 9, Source.CODE),
    TITLE_DETAIL_TITLE("work_title_detail", "title", "title", "Alternate title", 300, Source.RECORD),
    TITLE_DETAIL_TITLE_TYPE("work_title_detail", "title_type", "titleType", "Title type", 2, Source.CODE),
    TITLE_DETAIL_LANGUAGE_CODE("work_title_detail", "language_code", "languageCode", "Language", 2, Source.CODE),
    WRITER_DESIGNATION("writer_share", "designation", "designation", "Designation", 2, Source.CODE),
    WRITER_SOCIETY("writer_share", "society", "society", "Society", 20, Source.TYPED),
    PUBLISHER_ROLE("publisher_share", "role", "role", "Role", 30, Source.CODE),
    PUBLISHER_SOCIETY("publisher_share", "society", "society", "Society", 20, Source.TYPED),

    RECORDING_TITLE("recording", "title", "title", "Title", 300, Source.TYPED),
    RECORDING_ARTIST("recording", "artist", "artist", "Artist", 300, Source.TYPED),
    RECORDING_ISRC("recording", "isrc", "isrc", "ISRC", 12, Source.CODE),
    RECORDING_NOTES("recording", "notes", "notes", "Notes", 4000, Source.TYPED),
    RECORDING_ALBUM_TITLE("recording", "album_title", "albumTitle", "Album title", 60, Source.RECORD),
    RECORDING_CATALOGUE_NUMBER(
            "recording", "catalogue_number", "catalogueNumber", "Catalogue number", 18, Source.RECORD),

    PRODUCTION_TITLE("production", "title", "title", "Title", 300, Source.TYPED),
    PRODUCTION_KIND("production", "kind", "kind", "Kind", 20, Source.CODE),
    PRODUCTION_AKA("production", "aka", "aka", "AKA", 300, Source.TYPED),
    PRODUCTION_SERIES_TITLE("production", "series_title", "seriesTitle", "Series title", 300, Source.TYPED),
    PRODUCTION_EPISODE_NUMBER("production", "episode_number", "episodeNumber", "Episode number", 20, Source.TYPED),
    PRODUCTION_EPISODE_TITLE("production", "episode_title", "episodeTitle", "Episode title", 300, Source.TYPED),
    PRODUCTION_NUMBER("production", "production_number", "productionNumber", "Production number", 50, Source.TYPED),
    PRODUCTION_FRAME_RATE("production", "frame_rate", "frameRate", "Frame rate", 10, Source.CODE),
    PRODUCTION_CURRENCY("production", "currency", "currency", "Currency", 3, Source.CODE),
    PRODUCTION_PLAN_MEDIA("production", "plan_media", "planMedia", "Media", 300, Source.CODE),
    PRODUCTION_PLAN_TERRITORIES("production", "plan_territories", "planTerritories", "Territories", 1000, Source.CODE),
    PRODUCTION_PLAN_EXCLUDED_TERRITORIES(
            "production",
            "plan_excluded_territories",
            "planExcludedTerritories",
            "Excluded territories",
            1000,
            Source.CODE),
    PRODUCTION_NOTES("production", "notes", "notes", "Notes", 4000, Source.TYPED),

    SERIES_TITLE("series", "title", "title", "Title", 300, Source.TYPED),
    SERIES_CURRENCY("series", "currency", "currency", "Currency", 3, Source.CODE),
    SERIES_PLAN_MEDIA("series", "plan_media", "planMedia", "Media", 300, Source.CODE),
    SERIES_PLAN_TERRITORIES("series", "plan_territories", "planTerritories", "Territories", 1000, Source.CODE),
    SERIES_PLAN_EXCLUDED_TERRITORIES(
            "series",
            "plan_excluded_territories",
            "planExcludedTerritories",
            "Excluded territories",
            1000,
            Source.CODE),
    SERIES_NOTES("series", "notes", "notes", "Notes", 4000, Source.TYPED),
    SEASON_TITLE("season", "title", "title", "Title", 300, Source.TYPED),

    CUE_NUMBER("cue", "number", "number", "Cue number", 20, Source.TYPED),
    CUE_TITLE("cue", "title", "title", "Title", 300, Source.TYPED),
    CUE_ORIGIN("cue", "origin", "origin", "Origin", 20, Source.CODE),
    CUE_USAGE("cue", "usage", "usage", "Usage", 10, Source.CODE),
    CUE_TIMECODE_IN("cue", "timecode_in", "timecodeIn", "Timecode in", 11, Source.CODE),
    CUE_TIMECODE_OUT("cue", "timecode_out", "timecodeOut", "Timecode out", 11, Source.CODE),
    CUE_SCENE("cue", "scene", "scene", "Scene", 1000, Source.TYPED),
    CUE_MOODS("cue", "moods", "moods", "Moods", 300, Source.TYPED),
    CUE_STYLES("cue", "styles", "styles", "Styles", 300, Source.TYPED),
    CUE_NOTES("cue", "notes", "notes", "Notes", 4000, Source.TYPED),

    ITEM_SIDE("clearance_item", "side", "side", "Side", 20, Source.CODE),
    ITEM_STATUS("clearance_item", "status", "status", "Status", 20, Source.CODE),
    ITEM_FEE_CURRENCY("clearance_item", "fee_currency", "currency", "Currency", 3, Source.CODE),
    ITEM_GRANTED_MEDIA("clearance_item", "granted_media", "media", "Media", 300, Source.CODE),
    ITEM_GRANTED_TERRITORIES("clearance_item", "granted_territories", "territories", "Territories", 1000, Source.CODE),
    ITEM_GRANTED_EXCLUDED_TERRITORIES(
            "clearance_item",
            "granted_excluded_territories",
            "excludedTerritories",
            "Excluded territories",
            1000,
            Source.CODE),
    ITEM_RANGE_KIND("clearance_item", "range_kind", "range", "Range", 10, Source.CODE),
    ITEM_GRANTED_USAGES("clearance_item", "granted_usages", "usages", "Usages", 40, Source.CODE),
    ITEM_GRANTED_SCENE("clearance_item", "granted_scene", "scene", "Scene quoted for", 1000, Source.TYPED),
    ITEM_CONTACT("clearance_item", "contact", "contact", "Contact", 300, Source.TYPED),
    ITEM_NOTES("clearance_item", "notes", "notes", "Notes", 4000, Source.TYPED),

    OPTION_DESCRIPTION("licence_option", "description", "description", "Description", 500, Source.TYPED),
    OPTION_CURRENCY("licence_option", "currency", "currency", "Currency", 3, Source.CODE),

    DOCUMENT_KIND("document", "kind", "kind", "Kind", 30, Source.CODE),
    DOCUMENT_FILE_NAME("document", "file_name", "file", "File name", 300, Source.TYPED),
    DOCUMENT_CONTENT_TYPE("document", "content_type", "file", "Content type", 100, Source.CODE),
    DOCUMENT_SHA256("document", "sha256", "file", "SHA-256", 64, Source.CODE),
    DOCUMENT_DESCRIPTION("document", "description", "description", "Description", 1000, Source.TYPED),

    USER_USERNAME("app_user", "username", "username", "User name", 60, Source.TYPED),
    USER_DISPLAY_NAME("app_user", "display_name", "displayName", "Name", 200, Source.TYPED),
    USER_PASSWORD_HASH("app_user", "password_hash", "password", "Password hash", 100, Source.CODE),
    USER_ROLE("app_user", "role", "role", "Role", 20, Source.CODE),
    USER_CALENDAR_TOKEN("app_user", "calendar_token", "calendarToken", "Calendar token", 64, Source.CODE),
    USER_EMAIL("app_user", "email", "email", "E-mail", 200, Source.TYPED),

    AUDIT_USERNAME("audit_entry", "username", "username", "User name", 60, Source.RECORD),
    AUDIT_ACTION("audit_entry", "action", "action", "Action", 10, Source.CODE),
    AUDIT_ENTITY_TYPE("audit_entry", "entity_type", "entityType", "Entity type", 40, Source.CODE),
    AUDIT_SUBJECT("audit_entry", "subject", "subject", "Subject", 300, Source.RECORD),
    AUDIT_FIELD("audit_entry", "field", "field", "Field", 60, Source.RECORD),
    AUDIT_OLD_VALUE("audit_entry", "old_value", "oldValue", "Old value", 1000, Source.RECORD),
    AUDIT_NEW_VALUE("audit_entry", "new_value", "newValue", "New value", 1000, Source.RECORD),

    REVISION_ISSUED_BY("cue_sheet_revision", "issued_by", "issuedBy", "Issued by", 200, Source.RECORD),
    REVISION_FILE_NAME("cue_sheet_revision", "file_name", "fileName", "File name", 300, Source.RECORD),
    REVISION_SHA256("cue_sheet_revision", "sha256", "sha256", "SHA-256", 64, Source.CODE),
    SIGN_OFF_SIGNED_BY("sign_off", "signed_by", "signedBy", "Signed by", 200, Source.RECORD),
    SIGN_OFF_FILE_NAME("sign_off", "file_name", "fileName", "File name", 300, Source.RECORD),
    SIGN_OFF_SHA256("sign_off", "sha256", "sha256", "SHA-256", 64, Source.CODE),
    SIGN_OFF_SIGNER_ROLE("sign_off", "signer_role", "signerRole", "Role", 60, Source.RECORD),
    SIGN_OFF_EXCEPTIONS_REASON(
            "sign_off",
            "exceptions_reason",
            "reason",
            "The reason for signing off with exceptions",
            2000,
            Source.TYPED),

    ACK_SUBMITTER_WORK_NUMBER(
            "cwr_acknowledgement", "submitter_work_number", "submitterWorkNumber", "Work number", 20, Source.RECORD),
    ACK_TITLE("cwr_acknowledgement", "title", "title", "Title", 60, Source.RECORD),
    ACK_SOCIETY("cwr_acknowledgement", "society", "society", "Society", 45, Source.RECORD),
    ACK_SOCIETY_WORK_NUMBER(
            "cwr_acknowledgement",
            "society_work_number",
            "societyWorkNumber",
            "Society's work number",
            20,
            Source.RECORD),
    ACK_TRANSACTION_TYPE("cwr_acknowledgement", "transaction_type", "transactionType", "Transaction", 3, Source.CODE),
    ACK_STATUS("cwr_acknowledgement", "status", "status", "Status", 2, Source.CODE),
    ACK_MESSAGE("cwr_acknowledgement", "message", "message", "Message", 4000, Source.RECORD),
    ACK_FILE_NAME("cwr_acknowledgement", "file_name", "fileName", "File name", 300, Source.RECORD),

    LICENCE_EVENT_KIND("licence_event", "kind", "kind", "Kind", 20, Source.CODE),
    LICENCE_EVENT_STATUS("licence_event", "status", "status", "Status", 20, Source.CODE),
    LICENCE_EVENT_CHANNEL("licence_event", "channel", "channel", "Channel", 20, Source.CODE),
    LICENCE_EVENT_NOTE("licence_event", "note", "note", "Note", 4000, Source.TYPED),
    LICENCE_EVENT_DETAIL("licence_event", "detail", "detail", "Detail", 1000, Source.RECORD),
    LICENCE_EVENT_USERNAME("licence_event", "username", "username", "User name", 60, Source.RECORD),
    LICENCE_EVENT_DISPLAY_NAME("licence_event", "display_name", "displayName", "Name", 200, Source.RECORD),

    JOB_RUN_JOB("job_run", "job", "job", "Job", 60, Source.CODE),
    JOB_RUN_INSTANCE("job_run", "instance", "instance", "Instance", 200, Source.RECORD),
    JOB_RUN_OUTCOME("job_run", "outcome", "outcome", "Outcome", 1000, Source.RECORD),
    ALERT_DIGEST_BODY("alert_digest", "body", "body", "Digest", 100_000, Source.RECORD),

    STORED_FILE_AREA("stored_file", "area", "area", "Area", 20, Source.CODE),
    STORED_FILE_SHA256("stored_file", "sha256", "sha256", "SHA-256", 64, Source.CODE),
    STORED_FILE_CHUNK_AREA("stored_file_chunk", "area", "area", "Area", 20, Source.CODE),
    STORED_FILE_CHUNK_SHA256("stored_file_chunk", "sha256", "sha256", "SHA-256", 64, Source.CODE),
    LETTER_TEMPLATE_KIND("letter_template", "kind", "kind", "Kind", 30, Source.CODE),
    LETTER_TEMPLATE_SUBJECT("letter_template", "subject", "subject", "Subject", 300, Source.TYPED),
    // Generous: a letterhead, several clauses and a signature block with room to spare.
    LETTER_TEMPLATE_BODY("letter_template", "body", "body", "Body", 100_000, Source.TYPED),
    LETTER_TEMPLATE_UPDATED_BY("letter_template", "updated_by", "updatedBy", "Updated by", 60, Source.RECORD),

    MECHANICAL_RATE_NAME("mechanical_rate", "name", "name", "Name", 100, Source.TYPED),
    MECHANICAL_RATE_MODEL("mechanical_rate", "model", "model", "Rate model", 30, Source.CODE),
    MECHANICAL_RATE_CURRENCY("mechanical_rate", "currency", "currency", "Currency", 3, Source.CODE),
    ALBUM_TITLE("album", "title", "title", "Title", 300, Source.TYPED),
    ALBUM_CATALOGUE_NUMBER("album", "catalogue_number", "catalogueNumber", "Catalogue number", 50, Source.TYPED),
    ALBUM_GTIN("album", "gtin", "gtin", "UPC/EAN", 13, Source.CODE),
    ALBUM_P_LINE("album", "p_line", "pLine", "\u2117 line", 300, Source.TYPED),
    ALBUM_C_LINE("album", "c_line", "cLine", "\u00a9 line", 300, Source.TYPED),
    ALBUM_DEALER_PRICE_CURRENCY("album", "dealer_price_currency", "dealerPriceCurrency", "Currency", 3, Source.CODE),
    ALBUM_TRACK_TITLE("album_track", "title", "title", "Track title", 300, Source.TYPED),
    ALBUM_RIGHT_KIND("album_right", "kind", "kind", "Kind", 20, Source.CODE),
    ALBUM_RIGHT_HOLDER_NAME("album_right", "holder_name", "holderName", "Holder", 300, Source.RECORD),
    ALBUM_RIGHT_STATUS("album_right", "status", "status", "Status", 20, Source.CODE),
    ALBUM_RIGHT_FEE_MODEL("album_right", "fee_model", "feeModel", "Fee model", 20, Source.CODE),
    ALBUM_RIGHT_FEE_CURRENCY("album_right", "fee_currency", "currency", "Currency", 3, Source.CODE),
    ALBUM_RIGHT_NOTES("album_right", "notes", "notes", "Notes", 1000, Source.TYPED),
    // Clip names come from the editor's file: remembered as read, shortened to the column if ever longer.
    EDL_CLIP_ALIAS_KEY("edl_clip_alias", "clip_key", "clipKey", "Clip", 300, Source.RECORD),
    EDL_CLIP_ALIAS_NAME("edl_clip_alias", "clip_name", "clipName", "Clip name", 300, Source.RECORD),
    EDL_CLIP_ALIAS_LINKED_BY("edl_clip_alias", "linked_by", "linkedBy", "Linked by", 60, Source.RECORD),
    // Score production (V13).
    SPOTTING_ATTENDEES("spotting_session", "attendees", "attendees", "Who attended", 1000, Source.TYPED),
    SPOTTING_NOTES("spotting_session", "notes", "notes", "Notes", 4000, Source.TYPED),
    SCORE_CUE_EMOTIONAL_INTENT(
            "score_cue", "emotional_intent", "emotionalIntent", "Emotional intent", 1000, Source.TYPED),
    SCORE_CUE_DIRECTOR_NOTE("score_cue", "director_note", "directorNote", "Director's note", 2000, Source.TYPED),
    RECORDING_SESSION_STUDIO("recording_session", "studio", "studio", "Studio", 200, Source.TYPED),
    RECORDING_SESSION_ORCHESTRA("recording_session", "orchestra", "orchestra", "Orchestra", 200, Source.TYPED),
    RECORDING_SESSION_CONDUCTOR("recording_session", "conductor", "conductor", "Conductor", 200, Source.TYPED),
    RECORDING_SESSION_REPORT_NUMBER(
            "recording_session", "report_number", "reportNumber", "Session report number", 50, Source.TYPED),
    RECORDING_SESSION_NOTES("recording_session", "notes", "notes", "Notes", 2000, Source.TYPED),
    SCORE_STAGE("score_stage_entry", "stage", "stage", "Stage", 20, Source.CODE),
    SCORE_STAGE_SIGNED_BY("score_stage_entry", "signed_by", "signedBy", "Signed by", 200, Source.TYPED),
    SCORE_STAGE_USERNAME("score_stage_entry", "username", "username", "User name", 60, Source.RECORD),
    SCORE_STAGE_REASON("score_stage_entry", "reason", "reason", "Reason", 2000, Source.TYPED),
    DELIVERABLE_KIND_NAME("score_deliverable_kind", "name", "deliverableKinds", "Deliverable", 100, Source.TYPED),
    // Folded search keys (V16): written by the entities from their own text, cut to fit by SearchKey.
    PARTY_NAME_KEY("party", "name_key", "nameKey", "Name key", 200, Source.RECORD),
    WORK_TITLE_KEY("work", "title_key", "titleKey", "Title key", 300, Source.RECORD),
    WORK_ALTERNATE_KEY("work", "alternate_key", "alternateKey", "Alternate titles key", 4000, Source.RECORD),
    RECORDING_TITLE_KEY("recording", "title_key", "titleKey", "Title key", 300, Source.RECORD),
    RECORDING_ARTIST_KEY("recording", "artist_key", "artistKey", "Artist key", 300, Source.RECORD),
    PRODUCTION_TITLE_KEY("production", "title_key", "titleKey", "Title key", 300, Source.RECORD),
    CUE_TITLE_KEY("cue", "title_key", "titleKey", "Title key", 300, Source.RECORD),
    CATALOGUE_MERGE_KIND("catalogue_merge", "kind", "kind", "Kind", 20, Source.CODE),
    CATALOGUE_MERGE_MERGED_NAME("catalogue_merge", "merged_name", "mergedName", "Merged record", 300, Source.RECORD),
    CATALOGUE_MERGE_KEPT_NAME("catalogue_merge", "kept_name", "keptName", "Kept record", 300, Source.RECORD),
    CATALOGUE_MERGE_USERNAME("catalogue_merge", "username", "username", "User name", 60, Source.RECORD),
    CATALOGUE_MERGE_MOVED("catalogue_merge", "moved", "moved", "References moved", 1000, Source.RECORD);

    /** Who writes a column, and so where its limit is enforced. */
    public enum Source {
        /** People type it: the service refuses a longer text, naming the field and the limit. */
        TYPED,
        /** The application writes it from a closed set of values that all fit. */
        CODE,
        /** The application writes it as a record of what happened, shortened where it must be. */
        RECORD
    }

    private final String table;
    private final String column;
    private final String field;
    private final String label;
    private final int max;
    private final Source source;

    TextLimit(String table, String column, String field, String label, int max, Source source) {
        this.table = table;
        this.column = column;
        this.field = field;
        this.label = label;
        this.max = max;
        this.source = source;
    }

    public String table() {
        return table;
    }

    public String column() {
        return column;
    }

    /** The field forms and the API report a problem under (list elements add their index themselves). */
    public String field() {
        return field;
    }

    public String label() {
        return label;
    }

    /** The most characters the column holds. */
    public int max() {
        return max;
    }

    public Source source() {
        return source;
    }

    /** Whether {@code text} fits; null fits. */
    public boolean fits(String text) {
        return text == null || text.length() <= max;
    }

    /** The sentence for a text that does not fit, e.g. "Notes is 100,000 characters; at most 4,000." */
    public String tooLong(int length) {
        return label + " is " + String.format(Locale.ROOT, "%,d", length) + " characters; at most "
                + String.format(Locale.ROOT, "%,d", max) + ".";
    }

    /** The text cut to fit, ending in an ellipsis when cut: only for {@link Source#RECORD} columns. */
    public String shortened(String text) {
        if (source != Source.RECORD) {
            throw new IllegalStateException(this + " is not a record column; refuse a text that does not fit.");
        }
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The declaration of a column, by table and column name in any case. */
    public static Optional<TextLimit> of(String table, String column) {
        return Arrays.stream(values())
                .filter(limit -> limit.table.equalsIgnoreCase(table) && limit.column.equalsIgnoreCase(column))
                .findFirst();
    }
}
