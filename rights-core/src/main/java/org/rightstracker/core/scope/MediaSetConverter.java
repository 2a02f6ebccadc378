package org.rightstracker.core.scope;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A media set lives in one column as its canonical code ("THEATRICAL,SVOD"). */
@Converter
public class MediaSetConverter implements AttributeConverter<MediaSet, String> {

    @Override
    public String convertToDatabaseColumn(MediaSet media) {
        return media == null ? "" : media.code();
    }

    @Override
    public MediaSet convertToEntityAttribute(String column) {
        return MediaSet.parse(column == null ? "" : column);
    }
}
