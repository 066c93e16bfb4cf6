package org.lectern.course.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * XML through the JDK's DOM, so escaping is the serializer's job and always right: text nodes, not hand-built
 * strings or CDATA (which cannot hold {@code ]]>}).
 */
final class XmlDocuments {

    private XmlDocuments() {
    }

    static Document create() {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not configured", e);
        }
    }

    /** Adds a child element in the parent's namespace, with the given text when it is not null. */
    static Element add(Element parent, String name, String text) {
        var child = parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(), name);
        if (text != null) {
            child.setTextContent(clean(text));
        }
        parent.appendChild(child);
        return child;
    }

    static Element add(Element parent, String name) {
        return add(parent, name, null);
    }

    /**
     * Drops the characters XML 1.0 cannot hold at all (control characters other than tab and line breaks, lone
     * surrogates, U+FFFE and U+FFFF): even escaped as {@code &#1;} they make a file no parser accepts.
     */
    static String clean(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().filter(XmlDocuments::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || c >= 0x10000;
    }

    /** A comment cannot hold "--" nor end with "-". */
    static String commentText(String text) {
        return " " + clean(Text.oneLine(text)).replace("--", "- -") + " ";
    }

    static byte[] bytes(Document document) {
        try {
            var factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            var transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            // Written by hand: the JDK's serializer puts the root element on the declaration's line.
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            var out = new ByteArrayOutputStream();
            out.writeBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8));
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("an XML document could not be written", e);
        }
    }
}
