package org.lectern.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void aCellThatWouldRunAsAFormulaGetsALeadingApostrophe() {
        for (var risky : List.of("=1+2", "+41 79", "-2+3", "@SUM(A1:A9)", "\t=cmd", "\r=cmd")) {
            assertThat(Csv.safe(risky)).as(risky).isEqualTo("'" + risky);
        }
    }

    @Test
    void ordinaryCellsAreLeftAsTheyAre() {
        for (var plain : List.of("Ann Smith", "85", "1 + 2 = 3", "—", "'quoted", "")) {
            assertThat(Csv.safe(plain)).isEqualTo(plain);
        }
        assertThat(Csv.safe(null)).isEmpty();
    }

    @Test
    void writtenRowsReadBackWithQuotesCommasAndLineBreaksIntactAndFormulasDefused() throws IOException {
        var rows = List.of(List.of("Smith, Ann", "says \"hi\"", "two\nlines"), List.of("=HYPERLINK(\"x\")", "7", ""));

        var bytes = Csv.write(List.of("a", "b", "c"), rows);

        var text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFa,b,c\r\n");
        var records = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(1).toList()).containsExactly("Smith, Ann", "says \"hi\"", "two\nlines");
        assertThat(records.get(2).toList()).containsExactly("'=HYPERLINK(\"x\")", "7", "");
        assertThat(records).allMatch(r -> r.size() == 3, "same width");
        assertThat(records.stream().map(CSVRecord::getRecordNumber)).hasSize(3);
    }
}
