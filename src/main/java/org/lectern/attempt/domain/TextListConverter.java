package org.lectern.attempt.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** Keeps a short list of texts in one column, separated by the ASCII unit separator, which no option text holds. */
@Converter
class TextListConverter implements AttributeConverter<List<String>, String> {

    private static final String SEPARATOR = "\u001F";

    @Override
    public String convertToDatabaseColumn(List<String> texts) {
        return String.join(SEPARATOR, texts.stream().map(t -> t.replace(SEPARATOR, " ")).toList());
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return List.of(column.split(SEPARATOR, -1));
    }
}
