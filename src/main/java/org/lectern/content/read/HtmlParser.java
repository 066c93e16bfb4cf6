package org.lectern.content.read;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.lectern.content.Endnote;

/**
 * Reads an HTML page through jsoup, keeping the main article.
 *
 * <p>Order matters: the title and author are read first, from the whole page, because the elements that state them
 * (a page header, a byline box) are removed as furniture afterwards. Then {@link HtmlNotes} takes the notes and marks
 * the references, {@link HtmlCleaner} removes furniture, and the article root is chosen: the {@code article} element
 * with the most text, else {@code main} or the element with role "main", else the element whose own paragraphs hold
 * the most text. {@link HtmlWalker} then lists the blocks of the whole page in reading order, the root's as text and
 * the rest as dropped lines.
 *
 * <p>The title is the page's only {@code h1}, else the first {@code h1} inside the root, else the {@code og:title}
 * or {@code <title>} without the " | Site name" suffix. The author is the {@code author} meta tag, else a byline.
 */
final class HtmlParser {

    private static final String MARKED = "[" + HtmlCleaner.DROPPED + "]";

    private HtmlParser() {
    }

    public static Draft parse(String html) {
        Document doc = Jsoup.parse(html);
        String title = title(doc);
        String author = author(doc);
        List<Endnote> endnotes = HtmlNotes.extract(doc);
        HtmlCleaner.mark(doc);
        Element root = root(doc);
        List<Block> blocks = new HtmlWalker(title, root).walk(doc.body());
        return new Draft(title, author, blocks, endnotes, List.of(), false);
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
        var article = doc.select("article, main, [role=main], [itemprop=articleBody]").stream()
                .filter(a -> a.closest(MARKED) == null)
                .max(Comparator.comparingInt((Element a) -> a.is("article") ? 1 : 0)
                        .thenComparingInt(a -> a.text().length()));
        if (article.isPresent()) {
            return article.get();
        }
        // The deepest element that still holds most of the page's paragraph text: the article without the chrome.
        Map<Element, Integer> text = new LinkedHashMap<>();
        int total = 0;
        for (Element p : doc.body().select("p")) {
            if (p.closest(MARKED) != null) {
                continue;
            }
            int length = p.text().length();
            total += length;
            for (Element parent : p.parents()) {
                text.merge(parent, length, Integer::sum);
            }
        }
        Element best = doc.body();
        if (total == 0) {
            return best;
        }
        for (var entry : text.entrySet()) {
            Element e = entry.getKey();
            if (entry.getValue() * 10 >= total * 8 && e.parents().size() > best.parents().size()) {
                best = e;
            }
        }
        return best;
    }
}
