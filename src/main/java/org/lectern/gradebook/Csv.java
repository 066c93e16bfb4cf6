package org.lectern.gradebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV with Commons CSV (RFC 4180: quotes where needed, CRLF line ends). Every cell goes through
 * {@link #safe}, because names, titles, question stems and options are typed by people and a spreadsheet would
 * run a cell that starts like a formula.
 */
final class Csv {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Csv() {
    }

    static byte[] write(List<String> header, List<List<String>> rows) {
        var bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             var printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write(BYTE_ORDER_MARK);
            printer.printRecord(header.stream().map(Csv::safe).toList());
            for (var row : rows) {
                printer.printRecord(row.stream().map(Csv::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A cell a spreadsheet will show as text: one starting with {@code = + - @} (or a tab or carriage return, which
     * some programs skip before reading a formula) gets a leading apostrophe, as OWASP advises against CSV
     * injection.
     */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
