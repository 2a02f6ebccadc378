package org.rightstracker.web.page.cue;

import org.rightstracker.web.page.ConflictView;
import org.rightstracker.web.page.FormErrors;

/**
 * The state of the cue page beyond what is saved: which licence form was just submitted with what
 * typed values and what went wrong, the upload form's entries, and whether the answer is an htmx
 * fragment carrying a notice.
 *
 * @param itemId the licence whose form is shown again, or null
 * @param panel "step", "licensed", "followUp", "terms" or "option": which of that licence's forms
 * @param form the typed values of that form
 */
public record CueScreen(
        Long itemId,
        String panel,
        Record form,
        FormErrors errors,
        ConflictView conflict,
        Upload upload,
        boolean fragment,
        String notice) {

    /** The upload form's typed values and messages. */
    public record Upload(String kind, String itemId, String description, FormErrors errors) {

        static final Upload EMPTY = new Upload("LICENCE", "", "", FormErrors.none());

        public boolean isFor(Long id) {
            return id != null && id.toString().equals(itemId);
        }
    }

    public static CueScreen plain() {
        return new CueScreen(null, null, null, FormErrors.none(), null, Upload.EMPTY, false, null);
    }

    public static CueScreen item(long itemId, String panel, Record form, FormErrors errors, ConflictView conflict) {
        return new CueScreen(itemId, panel, form, errors, conflict, Upload.EMPTY, false, null);
    }

    public static CueScreen upload(String kind, String itemId, String description, FormErrors errors) {
        return new CueScreen(
                null, null, null, FormErrors.none(), null, new Upload(kind, itemId, description, errors), false, null);
    }

    /** The same state answered as an htmx fragment, with a notice for the message area. */
    public CueScreen asFragment(String notice) {
        return new CueScreen(itemId, panel, form, errors, conflict, upload, true, notice);
    }

    boolean isOpen(long id, String name) {
        return itemId != null && itemId == id && name.equals(panel);
    }
}
