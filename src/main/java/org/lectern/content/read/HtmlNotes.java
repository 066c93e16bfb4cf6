package org.lectern.content.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.lectern.content.Endnote;

/**
 * Finds the notes of an HTML article and turns its note references into placeholders.
 *
 * <p>A notes container is an element whose class, id or ARIA role names footnotes, endnotes, references or a
 * reference list (the markup of Pandoc, WordPress plugins, Wikipedia and DPUB-ARIA), or a list right after a heading
 * that is a notes heading. An entry's number comes from its id ({@code fn4}, {@code cite_note-4}), else from its place
 * in the list; back links to the text ({@code ↩}, {@code ^}) are removed. A reference is a {@code <sup>} whose text is
 * a number, with or without brackets, or a link to a fragment with the class or role of a note reference.
 */
final class HtmlNotes {

    private static final String CONTAINERS = "[role=doc-endnotes], [role=doc-footnotes], .footnotes, #footnotes, "
            + ".endnotes, #endnotes, .references, #references, .reflist, .footnote-list, .notes, #notes";
    private static final Pattern ID_NUMBER = Pattern.compile("(?:fn|note|cite_note|footnote|endnote|ref)\\D{0,3}(\\d{1,3})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETED = Pattern.compile("^\\[?(\\d{1,3})]?$");

    private HtmlNotes() {
    }

    static List<Endnote> extract(Document doc) {
        List<Endnote> notes = new ArrayList<>();
        List<Element> containers = new ArrayList<>(doc.select(CONTAINERS));
        for (Element heading : doc.select("h2, h3, h4, h5, h6")) {
            Element next = heading.nextElementSibling();
            if (Notes.isHeading(heading.text()) && next != null && next.is("ol, ul")) {
                containers.add(next);
                heading.remove();
            }
        }
        for (Element container : containers) {
            if (container.parent() == null || container.parents().stream().anyMatch(containers::contains)) {
                continue;
            }
            readContainer(container, notes);
            Element previous = container.previousElementSibling();
            if (previous != null && previous.is("h2, h3, h4, h5, h6") && Notes.isHeading(previous.text())) {
                previous.remove();
            }
            container.remove();
        }
        replaceReferences(doc);
        notes.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return notes;
    }

    private static void readContainer(Element container, List<Endnote> notes) {
        container.select("a[href^=#fnref], a[href^=#cite_ref], a.footnote-backref, a[role=doc-backlink], "
                + "a.reversefootnote, .mw-cite-backlink").remove();
        container.select("h1, h2, h3, h4, h5, h6").remove();
        int position = 0;
        Element list = container.selectFirst("ol");
        if (list != null && list.hasAttr("start") && list.attr("start").matches("\\d{1,3}")) {
            position = Integer.parseInt(list.attr("start")) - 1;
        }
        for (Element item : container.select("li")) {
            if (item.parents().stream().anyMatch(p -> p.is("li") && container.select("li").contains(p))) {
                continue;
            }
            position++;
            Matcher m = ID_NUMBER.matcher(item.id());
            int number = m.find() ? Integer.parseInt(m.group(1)) : position;
            String text = item.text().strip();
            if (!text.isEmpty()) {
                Endnote note = Notes.endnote(number, text);
                Element link = item.selectFirst("a[href^=http]");
                notes.add(link == null ? note : new Endnote(number, note.text(), link.attr("href")));
            }
        }
        if (position == 0) {
            for (Element p : container.select("p")) {
                Notes.entry(p.text()).ifPresent(notes::add);
            }
        }
    }

    private static void replaceReferences(Document doc) {
        for (Element sup : doc.select("sup")) {
            Matcher m = BRACKETED.matcher(sup.text().strip());
            if (m.matches()) {
                sup.replaceWith(new TextNode(CitationMarkers.placeholder(Integer.parseInt(m.group(1)))));
            }
        }
        for (Element a : doc.select("a.footnote-ref, a[role=doc-noteref], a[href^=#fn], a[href^=#cite_note], "
                + "a[href^=#note], a[href^=#endnote], a[href^=#footnote], a[href^=#ref]")) {
            Matcher m = BRACKETED.matcher(a.text().strip());
            if (m.matches()) {
                a.replaceWith(new TextNode(CitationMarkers.placeholder(Integer.parseInt(m.group(1)))));
            }
        }
    }
}
