package org.lectern.attempt.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Keeps a short list of numbers in one column as "2,0,1,3". */
@Converter
class IntListConverter implements AttributeConverter<List<Integer>, String> {

    @Override
    public String convertToDatabaseColumn(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Override
    public List<Integer> convertToEntityAttribute(String column) {
        return column.isEmpty() ? List.of() : Arrays.stream(column.split(",")).map(Integer::valueOf).toList();
    }
}
