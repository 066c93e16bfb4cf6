package org.lectern.content.read;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.lectern.content.Endnote;

/**
 * Reads an HTML page through jsoup, keeping the main article.
 *
 * <p>Order matters: the title, author and description are read first, from the whole page, because the elements
 * that state them (a page header, a byline box) are removed as furniture afterwards. Then {@link HtmlNotes} takes the
 * notes and marks the references, {@link HtmlCleaner} marks furniture, and {@link HtmlReadability} chooses the
 * article by the shape of its text (candidate scoring after Mozilla's Readability); what it leaves out inside the
 * article is marked with its reason. A cleaner mark on an element that holds the chosen article is lifted: the
 * text outweighs a container's name. Only when no element holds text at all is the root the {@code article} or
 * {@code main} element, or the deepest element holding most of the paragraph text. {@link HtmlWalker} then lists the
 * blocks of the whole page in reading order, the article's as text and the rest as dropped lines.
 *
 * <p>The title is what the page declares for its article in schema.org JSON-LD ({@link HtmlJsonLd}), else what it
 * states in its meta tags ({@code dc:title}, {@code og:title}, {@code twitter:title}, ..., in Readability's order),
 * else the {@code <title>} without a " | Site name" suffix, else the page's only {@code h1} or the first one in the
 * article: the meta tags are written for sharing the article, while headings often carry a shorter or older wording.
 * The author is the JSON-LD article's authors, else the meta tags that name one ({@code dc:creator}, {@code author},
 * ...), else the name a byline box opens with ({@link Byline#isName}: an avatar's lone letters are not one). The
 * summary is the page's description ({@code og:description}, {@code description}, ...), so that the opening paragraph
 * stays in the lessons; when the opening paragraph is that description, or the page has none, the assembler's rule
 * for a short lead applies as in every format.
 */
final class HtmlParser {

    private static final String MARKED = "[" + HtmlCleaner.DROPPED + "]";

    private HtmlParser() {
    }

    public static Draft parse(String html) {
        Document doc = Jsoup.parse(html);
        var declared = HtmlJsonLd.read(doc);
        String title = title(doc, declared);
        String author = author(doc, declared);
        String description = description(doc);
        List<Endnote> endnotes = HtmlNotes.extract(doc);
        HtmlCleaner.mark(doc);
        Set<Element> roots = HtmlReadability.choose(doc, title).map(c -> apply(doc, c))
                .orElseGet(() -> Set.of(root(doc)));
        doc.select("[" + HtmlReadability.ID + "]").removeAttr(HtmlReadability.ID);
        List<Block> blocks = new HtmlWalker(title, roots).walk(doc.body());
        return new Draft(title, author, summary(description, blocks), blocks, endnotes, List.of(), false);
    }

    /**
     * Marks what {@link HtmlReadability} left out of the article, where it stood, and returns the outermost kept
     * elements. A furniture mark the cleaner put on an element that holds the article is lifted, since the
     * article's text outweighs its container's name.
     */
    private static Set<Element> apply(Document doc, HtmlReadability.Choice choice) {
        Set<Element> kept = new HashSet<>();
        for (Element e : doc.getAllElements()) {
            if (choice.kept().contains(e.attr(HtmlReadability.ID))) {
                kept.add(e);
            }
        }
        Set<Element> holders = new HashSet<>();
        kept.forEach(e -> holders.addAll(e.parents()));
        Set<Element> roots = new LinkedHashSet<>();
        for (Element e : kept) {
            if (e.parents().stream().noneMatch(kept::contains)) {
                roots.add(e);
            }
        }
        roots.forEach(r -> {
            r.removeAttr(HtmlCleaner.DROPPED);
            r.parents().forEach(h -> h.removeAttr(HtmlCleaner.DROPPED));
        });
        for (Element root : roots) {
            HtmlCleaner.liftInside(root);
            markLeftOut(root, kept, holders, choice.reasons());
        }
        return roots;
    }

    private static void markLeftOut(Element e, Set<Element> kept, Set<Element> holders, Map<String, String> reasons) {
        for (Element child : e.children()) {
            if (child.hasAttr(HtmlCleaner.DROPPED) || child.nameIs("table")) {
                // The walker drops tables by its own rule, captions apart.
                continue;
            }
            if (kept.contains(child) || holders.contains(child)) {
                markLeftOut(child, kept, holders, reasons);
            } else {
                child.attr(HtmlCleaner.DROPPED,
                        reasons.getOrDefault(child.attr(HtmlReadability.ID), "not part of the article"));
            }
        }
    }

    /** Meta tags that state the article's title, in the order Readability trusts them. */
    private static final List<String> TITLE_META = List.of("dc:title", "dcterm:title", "og:title",
            "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title");
    /** Meta tags that name the author, in the order Readability trusts them. */
    private static final List<String> AUTHOR_META = List.of("dc:creator", "dcterm:creator", "author",
            "parsely-author");
    private static final List<String> DESCRIPTION_META = List.of("dc:description", "dcterm:description",
            "og:description", "weibo:article:description", "weibo:webpage:description", "description",
            "twitter:description");

    private static String title(Document doc, Optional<HtmlJsonLd.Stated> jsonLd) {
        String declared = jsonLd.map(HtmlJsonLd.Stated::title).orElse("");
        if (!declared.isEmpty()) {
            return declared;
        }
        String stated = meta(doc, TITLE_META);
        if (!stated.isEmpty()) {
            return stated;
        }
        String page = pageTitle(doc);
        if (!page.isEmpty()) {
            return page;
        }
        var h1 = doc.select("h1");
        Element inArticle = doc.selectFirst("article h1, main h1, [role=main] h1");
        Element heading = h1.size() == 1 ? h1.first() : inArticle != null ? inArticle : h1.first();
        return heading == null ? "" : heading.text().strip();
    }

    /** The {@code <title>} without a " | Site name" suffix. */
    static String pageTitle(Document doc) {
        return doc.title().strip().replaceFirst("\\s+[|–—·-]\\s+[^|–—·-]{1,40}$", "").strip();
    }

    /**
     * The first non-empty value among the named meta tags, by {@code property} or {@code name}; a property may list
     * several names separated by spaces ("og:title twitter:title").
     */
    private static String meta(Document doc, List<String> names) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : (m.attr("property") + " " + m.attr("name")).toLowerCase(java.util.Locale.ROOT)
                    .split("\\s+")) {
                values.putIfAbsent(key.replace('.', ':'), content);
            }
        }
        return names.stream().map(values::get).filter(v -> v != null && !v.isBlank()).findFirst().orElse("")
                .replaceAll("\\s+", " ").strip();
    }

    /**
     * The page's own description is the summary, so that the opening paragraph stays body text; but when that
     * paragraph is the description itself (a standfirst), the assembler takes it for the summary as it does in
     * every format.
     */
    private static String summary(String description, List<Block> blocks) {
        String lead = blocks.stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).map(Block::text).findFirst()
                .orElse("");
        String d = description.toLowerCase(java.util.Locale.ROOT).replaceAll("\\W+", "");
        String l = lead.toLowerCase(java.util.Locale.ROOT).replaceAll("\\W+", "");
        boolean same = !d.isEmpty() && (l.startsWith(d.substring(0, Math.min(d.length(), 60)))
                || d.startsWith(l.substring(0, Math.min(l.length(), 60))) && !l.isEmpty());
        return same ? "" : description;
    }

    private static String description(Document doc) {
        return meta(doc, DESCRIPTION_META);
    }

    private static String author(Document doc, Optional<HtmlJsonLd.Stated> jsonLd) {
        String declared = jsonLd.map(HtmlJsonLd.Stated::author).orElse("");
        if (!declared.isEmpty()) {
            return declared;
        }
        String stated = meta(doc, AUTHOR_META);
        if (!stated.isEmpty()) {
            return stated;
        }
        for (Element e : doc.select("[rel=author], [itemprop=author], .byline, .author, .author-name")) {
            String text = e.text().strip();
            var byline = Byline.author(text);
            if (byline.isPresent()) {
                return byline.get();
            }
            // A byline box may print after the name, past a separator, when or where or what ("Ann Lee • 8h",
            // "Brenda Goodman, MA").
            String name = text.split("\\s*[,•|·–—]\\s*")[0].strip();
            if (Byline.isName(name)) {
                return name;
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
