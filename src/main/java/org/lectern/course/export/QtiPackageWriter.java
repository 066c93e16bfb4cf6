package org.lectern.course.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.lectern.course.BankQuestion;
import org.w3c.dom.Element;

/**
 * A QTI 2.1 content package: a zip with {@code imsmanifest.xml} and one {@code assessmentItem} file per question
 * under {@code items/}, in lesson order.
 *
 * <p>Where the link to the source goes: a QTI 2.1 item has no element for metadata; the specification keeps item
 * metadata in the manifest, on the item's {@code <resource>}, as IEEE LOM ({@code imsmd}) plus QTI's own
 * {@code qtiMetadata}. So each resource's LOM {@code general} holds two identifiers (catalog
 * {@code lectern-question}: the question id, which is also the item identifier; catalog {@code lectern-source}:
 * the sentence's place in the lesson), the source sentence as its {@code description} and the lesson as a
 * {@code keyword}. Tools that read the manifest, as every QTI importer must, see them; the items stay plain.
 */
final class QtiPackageWriter {

    static final String CP = "http://www.imsglobal.org/xsd/imscp_v1p1";
    static final String LOM = "http://ltsc.ieee.org/xsd/LOM";
    static final String QTI_METADATA = "http://www.imsglobal.org/xsd/imsqti_metadata_v2p1";
    private static final String SCHEMAS = CP + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd "
            + LOM + " http://www.imsglobal.org/xsd/imsmd_loose_v1p3p2.xsd "
            + QTI_METADATA + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_metadata_v2p1.xsd";
    /** A fixed time for every entry, so the same bank always gives the same bytes. */
    private static final FileTime ENTRY_TIME = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));

    private QtiPackageWriter() {
    }

    static String itemPath(BankQuestion question) {
        return "items/" + QtiItemWriter.identifier(question) + ".xml";
    }

    static byte[] write(ExportSet set) {
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            entry(out, "imsmanifest.xml", manifest(set));
            for (var lesson : set.lessons()) {
                for (int i = 0; i < lesson.questions().size(); i++) {
                    var question = lesson.questions().get(i);
                    entry(out, itemPath(question), QtiItemWriter.write(lesson, question, i + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a zip in memory could not be written", e);
        }
        return zip.toByteArray();
    }

    private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        var entry = new ZipEntry(name);
        entry.setLastModifiedTime(ENTRY_TIME);
        out.putNextEntry(entry);
        out.write(bytes);
        out.closeEntry();
    }

    private static byte[] manifest(ExportSet set) {
        var document = XmlDocuments.create();
        var manifest = document.createElementNS(CP, "manifest");
        document.appendChild(manifest);
        manifest.setAttributeNS(QtiItemWriter.XSI, "xsi:schemaLocation", SCHEMAS);
        manifest.setAttribute("identifier", "lectern-" + set.name());
        var metadata = XmlDocuments.add(manifest, "metadata");
        XmlDocuments.add(metadata, "schema", "QTIv2.1 Package");
        XmlDocuments.add(metadata, "schemaversion", "1.0.0");
        var general = lom(metadata, "general");
        langString(general, "imsmd:title", set.courseTitle() + ", version " + set.courseVersion());
        XmlDocuments.add(manifest, "organizations");
        var resources = XmlDocuments.add(manifest, "resources");
        for (var lesson : set.lessons()) {
            for (int i = 0; i < lesson.questions().size(); i++) {
                resource(resources, lesson, lesson.questions().get(i), i + 1);
            }
        }
        return XmlDocuments.bytes(document);
    }

    private static void resource(Element resources, ExportLesson lesson, BankQuestion question, int position) {
        var resource = XmlDocuments.add(resources, "resource");
        resource.setAttribute("identifier", "res-" + QtiItemWriter.identifier(question));
        resource.setAttribute("type", "imsqti_item_xmlv2p1");
        resource.setAttribute("href", itemPath(question));
        var metadata = XmlDocuments.add(resource, "metadata");
        var general = lom(metadata, "general");
        identifier(general, "lectern-question", question.id());
        identifier(general, "lectern-source", lesson.sourceRef(question));
        langString(general, "imsmd:title", QtiItemWriter.title(lesson, position));
        langString(general, "imsmd:description", Text.oneLine(question.sourceSentence()));
        langString(general, "imsmd:keyword", Text.oneLine(lesson.label()));
        var qti = metadata.getOwnerDocument().createElementNS(QTI_METADATA, "imsqti:qtiMetadata");
        metadata.appendChild(qti);
        XmlDocuments.add(qti, "imsqti:timeDependent", "false");
        XmlDocuments.add(qti, "imsqti:interactionType", "choiceInteraction");
        XmlDocuments.add(qti, "imsqti:feedbackType", question.explanation().isBlank() ? "none" : "nonadaptive");
        XmlDocuments.add(qti, "imsqti:solutionAvailable", "true");
        XmlDocuments.add(resource, "file").setAttribute("href", itemPath(question));
    }

    /** A LOM record in the metadata element, returning its named category element ("general"). */
    private static Element lom(Element metadata, String category) {
        var lom = metadata.getOwnerDocument().createElementNS(LOM, "imsmd:lom");
        metadata.appendChild(lom);
        return XmlDocuments.add(lom, "imsmd:" + category);
    }

    private static void identifier(Element general, String catalog, String entry) {
        var identifier = XmlDocuments.add(general, "imsmd:identifier");
        XmlDocuments.add(identifier, "imsmd:catalog", catalog);
        XmlDocuments.add(identifier, "imsmd:entry", entry);
    }

    private static void langString(Element parent, String name, String text) {
        XmlDocuments.add(XmlDocuments.add(parent, name), "imsmd:string", text);
    }
}
