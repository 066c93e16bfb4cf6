package org.lectern.gradebook;

/** A CSV file ready to download: UTF-8 with a byte-order mark, so spreadsheet programs read accents right. */
public record CsvFile(String fileName, byte[] bytes) {

    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";
}
