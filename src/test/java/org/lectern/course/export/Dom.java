package org.lectern.course.export;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** The few DOM steps the export readers need, by local name so namespaces do not get in the way. */
final class Dom {

    private Dom() {
    }

    static List<Element> children(Element parent, String localName) {
        var found = new ArrayList<Element>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(name(element))) {
                found.add(element);
            }
        }
        return found;
    }

    static Element child(Element parent, String localName) {
        var found = children(parent, localName);
        if (found.size() != 1) {
            throw new IllegalArgumentException(found.size() + " <" + localName + "> in <" + name(parent) + ">");
        }
        return found.getFirst();
    }

    /** The text of the one {@code <localName>} child of the parent. */
    static String text(Element parent, String localName) {
        return child(parent, localName).getTextContent();
    }

    private static String name(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }
}
