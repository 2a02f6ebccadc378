package org.rightstracker.web.page.album;

import jakarta.ws.rs.FormParam;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rightstracker.core.album.Album;
import org.rightstracker.core.album.AlbumInput;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.References;

/** The album details form, bound as typed; the label is picked by name like every party field. */
public class AlbumForm {

    static final Set<String> FIELDS = Set.of(
            "title",
            "label",
            "releaseDate",
            "catalogueNumber",
            "gtin",
            "pLine",
            "cLine",
            "mechanicalRateId",
            "dealerPrice",
            "dealerPriceCurrency",
            "version");

    @FormParam("version")
    public String version;

    @FormParam("title")
    public String title;

    @FormParam("label")
    public String label;

    @FormParam("releaseDate")
    public String releaseDate;

    @FormParam("catalogueNumber")
    public String catalogueNumber;

    @FormParam("gtin")
    public String gtin;

    @FormParam("pLine")
    public String pLine;

    @FormParam("cLine")
    public String cLine;

    @FormParam("mechanicalRateId")
    public String mechanicalRateId;

    @FormParam("dealerPrice")
    public String dealerPrice;

    @FormParam("dealerPriceCurrency")
    public String dealerPriceCurrency;

    static AlbumForm empty() {
        return new AlbumForm();
    }

    static AlbumForm of(Album album) {
        AlbumForm form = new AlbumForm();
        form.version = Long.toString(album.version);
        form.title = album.title;
        form.label = album.label == null ? null : References.label(album.label);
        form.releaseDate = album.releaseDate == null ? null : album.releaseDate.toString();
        form.catalogueNumber = album.catalogueNumber;
        form.gtin = album.gtin;
        form.pLine = album.phonogramLine;
        form.cLine = album.copyrightLine;
        form.mechanicalRateId = album.mechanicalRate == null ? null : album.mechanicalRate.id.toString();
        form.dealerPrice = album.dealerPrice == null ? null : album.dealerPrice.toPlainString();
        form.dealerPriceCurrency = album.dealerPriceCurrency;
        return form;
    }

    long versionNumber() {
        return FormFields.version(version);
    }

    AlbumInput toInput(References references) {
        List<FieldError> errors = new ArrayList<>();
        Long labelId = FormFields.blank(label) ? null : references.party(label, "label", errors);
        LocalDate release = FormFields.date(releaseDate, "releaseDate", "Release date", errors);
        Long rateId = null;
        if (!FormFields.blank(mechanicalRateId)) {
            rateId = FormFields.id(mechanicalRateId);
            if (rateId == null) {
                errors.add(new FieldError("mechanicalRateId", "Choose one of the listed mechanical rates."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new AlbumInput(
                title, labelId, release, catalogueNumber, gtin, pLine, cLine, rateId, dealerPrice, dealerPriceCurrency);
    }
}
