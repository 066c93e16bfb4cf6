package org.lectern.course;

import java.util.Arrays;
import java.util.Optional;

/**
 * The formats a question bank can be exported in, each named as the command line spells it.
 *
 * @param cliName     the name given to {@code export --format}
 * @param label       the name shown to instructors
 * @param extension   what the file name ends with; the double extension says which format a .txt or .xml holds
 * @param contentType the media type of the download
 */
public enum ExportFormat {
    GIFT("gift", "GIFT", ".gift.txt", "text/plain;charset=UTF-8"),
    MOODLE_XML("moodle-xml", "Moodle XML", ".moodle.xml", "application/xml"),
    AIKEN("aiken", "Aiken", ".aiken.txt", "text/plain;charset=UTF-8"),
    QTI21("qti21", "QTI 2.1", ".qti21.zip", "application/zip");

    private final String cliName;
    private final String label;
    private final String extension;
    private final String contentType;

    ExportFormat(String cliName, String label, String extension, String contentType) {
        this.cliName = cliName;
        this.label = label;
        this.extension = extension;
        this.contentType = contentType;
    }

    public static Optional<ExportFormat> byCliName(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName.equals(name)).findFirst();
    }

    public String cliName() {
        return cliName;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
