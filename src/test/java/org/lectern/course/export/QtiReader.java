package org.lectern.course.export;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Opens a QTI 2.1 package, reads {@code imsmanifest.xml}, checks that every file a resource names is in the zip
 * and parses, and reads each item with its metadata from the manifest.
 */
public final class QtiReader {

    private QtiReader() {
    }

    public static Map<String, byte[]> entries(byte[] zip) throws Exception {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entries.put(entry.getName(), in.readAllBytes()) != null) {
                    throw new IllegalArgumentException("two entries named " + entry.getName());
                }
            }
        }
        return entries;
    }

    public static List<ReadQuestion> read(byte[] zip) throws Exception {
        var entries = entries(zip);
        if (!entries.containsKey("imsmanifest.xml")) {
            throw new IllegalArgumentException("no imsmanifest.xml in " + entries.keySet());
        }
        var manifest = parse(entries.get("imsmanifest.xml")).getDocumentElement();
        var questions = new ArrayList<ReadQuestion>();
        for (var resource : Dom.children(Dom.child(manifest, "resources"), "resource")) {
            for (var file : Dom.children(resource, "file")) {
                var bytes = entries.get(file.getAttribute("href"));
                if (bytes == null) {
                    throw new IllegalArgumentException("the manifest names a missing file " + file.getAttribute("href"));
                }
                parse(bytes);
            }
            var item = parse(entries.get(resource.getAttribute("href"))).getDocumentElement();
            questions.add(question(resource, item));
        }
        return questions;
    }

    private static ReadQuestion question(Element resource, Element item) {
        if (!item.getLocalName().equals("assessmentItem")
                || !"http://www.imsglobal.org/xsd/imsqti_v2p1".equals(item.getNamespaceURI())) {
            throw new IllegalArgumentException("not a QTI 2.1 item: " + item.getTagName());
        }
        var general = Dom.child(Dom.child(Dom.child(resource, "metadata"), "lom"), "general");
        var identifiers = new LinkedHashMap<String, String>();
        for (var identifier : Dom.children(general, "identifier")) {
            identifiers.put(Dom.text(identifier, "catalog"), Dom.text(identifier, "entry"));
        }
        if (!item.getAttribute("identifier").equals(identifiers.get("lectern-question"))) {
            throw new IllegalArgumentException("item " + item.getAttribute("identifier") + " is described as "
                    + identifiers.get("lectern-question"));
        }
        var interaction = Dom.child(Dom.child(item, "itemBody"), "choiceInteraction");
        var correctId = Dom.text(Dom.child(Dom.child(item, "responseDeclaration"), "correctResponse"), "value");
        var options = new ArrayList<String>();
        int correct = -1;
        for (var choice : Dom.children(interaction, "simpleChoice")) {
            if (choice.getAttribute("identifier").equals(correctId)) {
                correct = options.size();
            }
            options.add(choice.getTextContent());
        }
        var feedback = Dom.children(item, "modalFeedback");
        return new ReadQuestion(item.getAttribute("identifier"), Dom.text(Dom.child(general, "keyword"), "string"),
                Dom.text(interaction, "prompt"), options, correct, identifiers.get("lectern-source"),
                Dom.text(Dom.child(general, "description"), "string"),
                feedback.isEmpty() ? "" : feedback.getFirst().getTextContent());
    }

    static Document parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
