package org.rightstracker.core.work;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An alternate title's CWR title type (AT, TE, FT, ...) and language, as a registration gives them. */
@Embeddable
public class TitleDetail {

    @Column(nullable = false, length = 300)
    public String title;

    @Column(name = "title_type", length = 2)
    public String titleType;

    @Column(name = "language_code", length = 2)
    public String languageCode;

    public TitleDetail() {}

    public TitleDetail(String title, String titleType, String languageCode) {
        this.title = title;
        this.titleType = titleType;
        this.languageCode = languageCode;
    }
}
