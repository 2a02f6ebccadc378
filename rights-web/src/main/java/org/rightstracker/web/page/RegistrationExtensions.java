package org.rightstracker.web.page;

import io.quarkus.qute.TemplateExtension;
import java.util.List;
import org.rightstracker.core.importing.cwr.CwrAcknowledgement;
import org.rightstracker.core.work.Work;

/** What the societies answered to a work's registrations, for the work page's registration card. */
@TemplateExtension
public final class RegistrationExtensions {

    private RegistrationExtensions() {}

    public static List<CwrAcknowledgement> acknowledgements(Work work) {
        return CwrAcknowledgement.forWork(work);
    }
}
