package org.lectern.content.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.lectern.content.DroppedLine;
import org.lectern.content.Endnote;

/**
 * Reads an HTML page through jsoup, keeping the main article.
 *
 * <p>Order matters: the title and author are read first, from the whole page, because the elements that state them
 * (a page header, a byline box) are removed as furniture afterwards. Then {@link HtmlNotes} takes the notes and marks
 * the references, {@link HtmlCleaner} removes furniture, and the article root is chosen: the {@code article} element
 * with the most text, else {@code main} or the element with role "main", else the element whose own paragraphs hold
 * the most text. Text outside the root is dropped as "outside the main article". {@link HtmlWalker} then lists the
 * root's blocks.
 *
 * <p>The title is the page's only {@code h1}, else the first {@code h1} inside the root, else the {@code og:title}
 * or {@code <title>} without the " | Site name" suffix. The author is the {@code author} meta tag, else a byline.
 */
public final class HtmlParser {

    private HtmlParser() {
    }

    public static Draft parse(String html) {
        Document doc = Jsoup.parse(html);
        String title = title(doc);
        String author = author(doc);
        List<DroppedLine> dropped = new ArrayList<>();
        List<Endnote> endnotes = HtmlNotes.extract(doc);
        HtmlCleaner.clean(doc, dropped);
        Element root = root(doc);
        for (Element e : doc.body().select("p, li, h1, h2, h3, h4, h5, h6, figcaption")) {
            boolean nested = e.parents().stream().anyMatch(p -> p.is("p, li"));
            boolean outside = e != root && !e.parents().contains(root) && !root.parents().contains(e);
            if (outside && !nested && !e.text().isBlank() && !e.text().strip().equals(title)) {
                dropped.add(new DroppedLine(e.text().strip(), "outside the main article"));
            }
        }
        List<Block> blocks = new HtmlWalker(title, dropped).walk(root);
        return new Draft(title, author, blocks, endnotes, dropped, false);
    }

    private static String title(Document doc) {
        var h1 = doc.select("h1");
        if (h1.size() == 1 && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        Element inArticle = doc.selectFirst("article h1, main h1, [role=main] h1");
        if (inArticle != null && !inArticle.text().isBlank()) {
            return inArticle.text().strip();
        }
        Element og = doc.selectFirst("meta[property=og:title]");
        String raw = og != null ? og.attr("content") : doc.title();
        return raw.replaceFirst("\\s+[|–—·-]\\s+[^|–—·-]{1,40}$", "").strip();
    }

    private static String author(Document doc) {
        Element meta = doc.selectFirst("meta[name=author]");
        if (meta != null && !meta.attr("content").isBlank()) {
            return meta.attr("content").strip();
        }
        for (Element e : doc.select("[rel=author], [itemprop=author], .byline, .author, .author-name")) {
            String text = e.text().strip();
            var byline = Byline.author(text);
            if (byline.isPresent()) {
                return byline.get();
            }
            if (LineShape.words(text) >= 2 && LineShape.words(text) <= 4 && LineShape.isTitleLike(text)) {
                return text;
            }
        }
        return "";
    }

    private static Element root(Document doc) {
        var articles = doc.select("article");
        if (!articles.isEmpty()) {
            return articles.stream().max(Comparator.comparingInt(a -> a.text().length())).orElseThrow();
        }
        Element main = doc.selectFirst("main, [role=main], [itemprop=articleBody]");
        if (main != null) {
            return main;
        }
        // The deepest element that still holds most of the page's paragraph text: the article without the chrome.
        Map<Element, Integer> text = new HashMap<>();
        int total = 0;
        for (Element p : doc.body().select("p")) {
            int length = p.text().length();
            total += length;
            for (Element parent : p.parents()) {
                text.merge(parent, length, Integer::sum);
            }
        }
        Element best = doc.body();
        for (var entry : text.entrySet()) {
            Element e = entry.getKey();
            if (entry.getValue() * 10 >= total * 8 && e.parents().size() > best.parents().size()) {
                best = e;
            }
        }
        return best;
    }
}
