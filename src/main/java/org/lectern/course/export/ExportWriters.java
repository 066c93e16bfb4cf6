package org.lectern.course.export;

import java.nio.charset.StandardCharsets;
import org.lectern.course.ExportFormat;

/** The one way into the format writers: a set of questions in, the file's bytes out. */
public final class ExportWriters {

    private ExportWriters() {
    }

    public static byte[] write(ExportFormat format, ExportSet set) {
        return switch (format) {
            case GIFT -> GiftWriter.write(set).getBytes(StandardCharsets.UTF_8);
            case MOODLE_XML -> MoodleXmlWriter.write(set);
            case AIKEN -> AikenWriter.write(set).getBytes(StandardCharsets.UTF_8);
            case QTI21 -> QtiPackageWriter.write(set);
        };
    }
}
