package org.rightstracker.core.importing.cwr;

import java.util.Map;
import java.util.Set;

/**
 * Field positions of the CWR 2.1 and 2.2 records this import reads (CISAC CWR specification; 2.2 only
 * appends fields to 2.1 records, so one layout serves both). Records not listed here are recognised by
 * type and skipped.
 */
final class CwrLayout {

    private CwrLayout() {}

    // Every record inside a transaction starts with its type and two sequence numbers.
    static final CwrField TRANSACTION_SEQUENCE = new CwrField("Transaction sequence number", 4, 8);
    static final CwrField RECORD_SEQUENCE = new CwrField("Record sequence number", 12, 8);

    static final CwrField HDR_SENDER_TYPE = new CwrField("Sender type", 4, 2);
    static final CwrField HDR_SENDER_ID = new CwrField("Sender ID", 6, 9);
    static final CwrField HDR_SENDER_NAME = new CwrField("Sender name", 15, 45);
    static final CwrField HDR_CREATION_DATE = new CwrField("Creation date", 65, 8);
    static final CwrField HDR_EDI_VERSION = new CwrField("EDI standard version", 60, 5);
    static final CwrField HDR_CREATION_TIME = new CwrField("Creation time", 73, 6);
    static final CwrField HDR_TRANSMISSION_DATE = new CwrField("Transmission date", 79, 8);
    static final CwrField HDR_CHARACTER_SET = new CwrField("Character set", 87, 15);
    static final CwrField HDR_VERSION = new CwrField("CWR version", 102, 3);
    static final CwrField HDR_REVISION = new CwrField("CWR revision", 105, 3);
    static final CwrField HDR_SOFTWARE = new CwrField("Software package", 108, 30);

    static final CwrField GRH_TRANSACTION_TYPE = new CwrField("Transaction type", 4, 3);
    static final CwrField GRH_GROUP_ID = new CwrField("Group ID", 7, 5);
    static final CwrField GRH_VERSION = new CwrField("Version number", 12, 5);

    static final CwrField GRT_GROUP_ID = new CwrField("Group ID", 4, 5);
    static final CwrField GRT_TRANSACTIONS = new CwrField("Transaction count", 9, 8);
    static final CwrField GRT_RECORDS = new CwrField("Record count", 17, 8);

    static final CwrField TRL_GROUPS = new CwrField("Group count", 4, 5);
    static final CwrField TRL_TRANSACTIONS = new CwrField("Transaction count", 9, 8);
    static final CwrField TRL_RECORDS = new CwrField("Record count", 17, 8);

    static final CwrField WORK_TITLE = new CwrField("Work title", 20, 60);
    static final CwrField WORK_LANGUAGE = new CwrField("Language code", 80, 2);
    static final CwrField WORK_SUBMITTER_NUMBER = new CwrField("Submitter work number", 82, 14);
    static final CwrField WORK_ISWC = new CwrField("ISWC", 96, 11);
    static final CwrField WORK_COPYRIGHT_DATE = new CwrField("Copyright date", 107, 8);
    static final CwrField WORK_DISTRIBUTION_CATEGORY = new CwrField("Musical work distribution category", 127, 3);
    static final CwrField WORK_DURATION = new CwrField("Duration", 130, 6);
    static final CwrField WORK_RECORDED = new CwrField("Recorded indicator", 136, 1);
    static final CwrField WORK_VERSION_TYPE = new CwrField("Version type", 143, 3);
    static final CwrField WORK_PRIORITY = new CwrField("Priority flag", 260, 1);

    static final CwrField PUB_CHAIN = new CwrField("Publisher sequence number", 20, 2);
    static final CwrField PUB_IP_NUMBER = new CwrField("Interested party number", 22, 9);
    static final CwrField PUB_NAME = new CwrField("Publisher name", 31, 45);
    static final CwrField PUB_UNKNOWN = new CwrField("Publisher unknown indicator", 76, 1);
    static final CwrField PUB_TYPE = new CwrField("Publisher type", 77, 2);
    static final CwrField PUB_IPI = new CwrField("Publisher IPI name number", 88, 11);
    static final CwrField PUB_PR_SOCIETY = new CwrField("PR affiliation society", 113, 3);
    static final CwrField PUB_PR_SHARE = new CwrField("PR ownership share", 116, 5);
    static final CwrField PUB_MR_SOCIETY = new CwrField("MR affiliation society", 121, 3);
    static final CwrField PUB_MR_SHARE = new CwrField("MR ownership share", 124, 5);
    static final CwrField PUB_SR_SOCIETY = new CwrField("SR affiliation society", 129, 3);
    static final CwrField PUB_SR_SHARE = new CwrField("SR ownership share", 132, 5);

    static final CwrField WRITER_IP_NUMBER = new CwrField("Interested party number", 20, 9);
    static final CwrField WRITER_LAST_NAME = new CwrField("Writer last name", 29, 45);
    static final CwrField WRITER_FIRST_NAME = new CwrField("Writer first name", 74, 30);
    static final CwrField WRITER_UNKNOWN = new CwrField("Writer unknown indicator", 104, 1);
    static final CwrField WRITER_DESIGNATION = new CwrField("Writer designation code", 105, 2);
    static final CwrField WRITER_IPI = new CwrField("Writer IPI name number", 116, 11);
    static final CwrField WRITER_PR_SOCIETY = new CwrField("PR affiliation society", 127, 3);
    static final CwrField WRITER_PR_SHARE = new CwrField("PR ownership share", 130, 5);
    static final CwrField WRITER_MR_SOCIETY = new CwrField("MR affiliation society", 135, 3);
    static final CwrField WRITER_MR_SHARE = new CwrField("MR ownership share", 138, 5);
    static final CwrField WRITER_SR_SOCIETY = new CwrField("SR affiliation society", 143, 3);
    static final CwrField WRITER_SR_SHARE = new CwrField("SR ownership share", 146, 5);
    static final CwrField WRITER_FOR_HIRE = new CwrField("Work for hire indicator", 153, 1);

    static final CwrField TERRITORY_IP_NUMBER = new CwrField("Interested party number", 20, 9);
    static final CwrField SPT_PR_SHARE = new CwrField("PR collection share", 35, 5);
    static final CwrField SPT_MR_SHARE = new CwrField("MR collection share", 40, 5);
    static final CwrField SPT_SR_SHARE = new CwrField("SR collection share", 45, 5);
    static final CwrField SPT_INCLUSION = new CwrField("Inclusion/exclusion indicator", 50, 1);
    static final CwrField SPT_TIS = new CwrField("TIS numeric code", 51, 4);
    static final CwrField SPT_SHARES_CHANGE = new CwrField("Shares change", 55, 1);
    static final CwrField SPT_SEQUENCE = new CwrField("Sequence number", 56, 3);
    static final CwrField SWT_PR_SHARE = new CwrField("PR collection share", 29, 5);
    static final CwrField SWT_MR_SHARE = new CwrField("MR collection share", 34, 5);
    static final CwrField SWT_SR_SHARE = new CwrField("SR collection share", 39, 5);
    static final CwrField SWT_INCLUSION = new CwrField("Inclusion/exclusion indicator", 44, 1);
    static final CwrField SWT_TIS = new CwrField("TIS numeric code", 45, 4);
    static final CwrField SWT_SHARES_CHANGE = new CwrField("Shares change", 49, 1);
    static final CwrField SWT_SEQUENCE = new CwrField("Sequence number", 50, 3);

    static final CwrField PWR_PUBLISHER_IP = new CwrField("Publisher IP number", 20, 9);
    static final CwrField PWR_PUBLISHER_NAME = new CwrField("Publisher name", 29, 45);
    static final CwrField PWR_WRITER_IP = new CwrField("Writer IP number", 102, 9);
    static final CwrField PWR_PUBLISHER_SEQUENCE = new CwrField("Publisher sequence number", 111, 2);

    static final CwrField ALT_TITLE = new CwrField("Alternate title", 20, 60);
    static final CwrField ALT_TITLE_TYPE = new CwrField("Title type", 80, 2);
    static final CwrField ALT_LANGUAGE = new CwrField("Language code", 82, 2);

    static final CwrField PER_LAST_NAME = new CwrField("Performing artist last name", 20, 45);
    static final CwrField PER_FIRST_NAME = new CwrField("Performing artist first name", 65, 30);

    static final CwrField REC_RELEASE_DATE = new CwrField("First release date", 20, 8);
    static final CwrField REC_DURATION = new CwrField("First release duration", 88, 6);
    static final CwrField REC_ALBUM_TITLE = new CwrField("First album title", 99, 60);
    static final CwrField REC_CATALOGUE_NUMBER = new CwrField("First release catalog number", 219, 18);
    static final CwrField REC_ALBUM_LABEL = new CwrField("First album label", 159, 60);
    static final CwrField REC_ISRC = new CwrField("ISRC", 250, 12);
    static final CwrField REC_TITLE = new CwrField("Recording title", 267, 60);
    static final CwrField REC_DISPLAY_ARTIST = new CwrField("Display artist", 387, 60);
    static final CwrField REC_RECORD_LABEL = new CwrField("Record label", 447, 60);

    static final CwrField ORN_PURPOSE = new CwrField("Intended purpose", 20, 3);
    static final CwrField ORN_PRODUCTION_TITLE = new CwrField("Production title", 23, 60);
    static final CwrField ORN_LIBRARY = new CwrField("Library", 102, 60);
    static final CwrField ORN_YEAR = new CwrField("Year of production", 280, 4);

    static final CwrField ACK_ORIGINAL_TRANSACTION_TYPE = new CwrField("Original transaction type", 47, 3);
    static final CwrField ACK_TITLE = new CwrField("Creation title", 50, 60);
    static final CwrField ACK_SUBMITTER_NUMBER = new CwrField("Submitter creation number", 110, 20);
    static final CwrField ACK_RECIPIENT_NUMBER = new CwrField("Recipient creation number", 130, 20);
    static final CwrField ACK_PROCESSING_DATE = new CwrField("Processing date", 150, 8);
    static final CwrField ACK_STATUS = new CwrField("Transaction status", 158, 2);

    static final CwrField MSG_TYPE = new CwrField("Message type", 20, 1);
    static final CwrField MSG_RECORD_TYPE = new CwrField("Record type", 29, 3);
    static final CwrField MSG_TEXT = new CwrField("Message text", 36, 150);

    /** Transaction headers whose works this import reads. */
    static final Set<String> WORK_TRANSACTIONS = Set.of("NWR", "REV", "ISW");

    /** Transaction headers of CWR 2.1/2.2 that carry no work registration (acknowledgements, agreements...). */
    static final Set<String> OTHER_TRANSACTIONS = Set.of("EXC", "ACK", "AGR");

    /** Every detail record type of CWR 2.1 and 2.2. */
    static final Set<String> DETAIL_RECORDS = Set.of(
            "SPU", "NPN", "SPT", "SWR", "NWN", "SWT", "PWR", "OPU", "OPT", "OWR", "OWT", "ALT", "NAT", "EWT", "VER",
            "PER", "NPR", "REC", "ORN", "INS", "IND", "COM", "MSG", "NET", "NCT", "NVT", "NOW", "ARI", "XRF", "TER",
            "IPA", "NPA");

    static final Set<String> CONTROL_RECORDS = Set.of("HDR", "GRH", "GRT", "TRL");

    /**
     * How far a line must reach for each record this import reads: up to the last field that may not be
     * blank. Text fields at the end may lose their trailing spaces, so only their first character counts;
     * numeric fields count in full.
     */
    private static final Map<String, CwrField> LAST_REQUIRED = Map.ofEntries(
            Map.entry("HDR", new CwrField("Transmission date", 79, 8)),
            Map.entry("GRH", new CwrField("Version number", 12, 5)),
            Map.entry("GRT", GRT_RECORDS),
            Map.entry("TRL", TRL_RECORDS),
            Map.entry("NWR", WORK_VERSION_TYPE),
            Map.entry("REV", WORK_VERSION_TYPE),
            Map.entry("ISW", WORK_VERSION_TYPE),
            Map.entry("SPU", PUB_SR_SHARE),
            Map.entry("OPU", PUB_SR_SHARE),
            Map.entry("SWR", WRITER_SR_SHARE),
            Map.entry("OWR", WRITER_SR_SHARE),
            Map.entry("SPT", new CwrField("TIS numeric code", 51, 4)),
            Map.entry("SWT", new CwrField("TIS numeric code", 45, 4)),
            Map.entry("PWR", new CwrField("Publisher IP number", 20, 1)),
            Map.entry("ALT", new CwrField("Title type", 80, 2)),
            Map.entry("PER", new CwrField("Performing artist last name", 20, 1)),
            Map.entry("ORN", new CwrField("Intended purpose", 20, 1)));

    /** The field a line of this type must reach, or null when only the type and sequence numbers matter. */
    static CwrField lastRequired(String type) {
        return LAST_REQUIRED.get(type);
    }

    static int minimumLength(String type) {
        CwrField last = LAST_REQUIRED.get(type);
        if (last != null) {
            return last.end();
        }
        return CONTROL_RECORDS.contains(type) ? 3 : RECORD_SEQUENCE.end();
    }

    static boolean isKnown(String type) {
        return CONTROL_RECORDS.contains(type)
                || WORK_TRANSACTIONS.contains(type)
                || OTHER_TRANSACTIONS.contains(type)
                || DETAIL_RECORDS.contains(type);
    }

    static boolean isTransactionHeader(String type) {
        return WORK_TRANSACTIONS.contains(type) || OTHER_TRANSACTIONS.contains(type);
    }
}
