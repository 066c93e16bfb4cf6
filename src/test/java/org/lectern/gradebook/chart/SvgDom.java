package org.lectern.gradebook.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A chart's SVG parsed by the JDK's XML parser, which fails on anything that is not well-formed. */
final class SvgDom {

    final Document document;
    final Element root;

    private SvgDom(Document document) {
        this.document = document;
        this.root = document.getDocumentElement();
    }

    static SvgDom parse(String svg) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new SvgDom(factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed SVG: " + e.getMessage() + "\n" + svg, e);
        }
    }

    /** Elements of this name carrying every one of these CSS classes. */
    List<Element> all(String name, String... classes) {
        var found = new ArrayList<Element>();
        var nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        for (int i = 0; i < nodes.getLength(); i++) {
            var element = (Element) nodes.item(i);
            var has = Arrays.asList(element.getAttribute("class").split(" "));
            if (has.containsAll(List.of(classes))) {
                found.add(element);
            }
        }
        return found;
    }

    List<String> texts(String cssClass) {
        return all("text", cssClass).stream().map(Node::getTextContent).toList();
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    /** role="img" with a title and a description that aria-labelledby points at. */
    void assertAccessible(String title) {
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).startsWith("0 0 " + SvgWriter.WIDTH + " ");
        assertThat(root.getAttribute("width")).isEqualTo("100%");
        var children = new ArrayList<Element>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        var first = children.get(0);
        var second = children.get(1);
        assertThat(first.getLocalName()).isEqualTo("title");
        assertThat(first.getTextContent()).isEqualTo(title);
        assertThat(second.getLocalName()).isEqualTo("desc");
        assertThat(second.getTextContent()).isNotBlank();
        assertThat(root.getAttribute("aria-labelledby"))
                .isEqualTo(first.getAttribute("id") + " " + second.getAttribute("id"));
        assertThat(first.getAttribute("id")).isNotBlank();
    }
}
