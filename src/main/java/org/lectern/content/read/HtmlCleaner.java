package org.lectern.content.read;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the parts of a web page that are not the article, so that their text goes to the dropped list.
 *
 * <p>Rules: code and form elements go silently (scripts, styles, inputs); landmark elements that are page furniture
 * by definition are marked with a reason ({@code nav}, {@code aside}, {@code menu}, {@code dialog}, {@code footer},
 * and a {@code header} that is not inside the article), as are elements with the matching ARIA role and links that
 * only say "edit". Elements whose class or id contains a word naming furniture (nav, menu, share, social, cookie,
 * newsletter, comment, related, sidebar, author, tags, meta, edit, ad, toc, ...) are marked too; words are compared
 * whole after splitting on '-' and '_', so "shadow" is not "ad" and "footnote" is not "foot". An element holding the
 * article itself (the body, {@code article}, {@code main}, or more than half the page's text) is never marked on the
 * strength of its class: themes put words such as "tag-biology" on the article element. Inside the article chosen
 * by {@link HtmlReadability}, a name-based mark is kept only on an element shorter than 500 characters and never
 * takes a heading's own words ({@link #liftInside}). A name never marks an inline element that stands among a
 * sentence's words (a glossary link with {@code class="popup"}): dropping it would cut the sentence.
 */
final class HtmlCleaner {

    /** The attribute that marks an element as furniture; its value is the reason. */
    static final String DROPPED = "data-lectern-dropped";

    private static final String SILENT = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "form, button, input, select, textarea, link, meta";
    private static final Map<String, String> ROLES = Map.of("navigation", "navigation", "banner", "site header",
            "contentinfo", "site footer", "complementary", "sidebar", "dialog", "pop-up", "search", "navigation");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("nav", "navigation"), Map.entry("navbar", "navigation"), Map.entry("navigation", "navigation"),
            Map.entry("menu", "navigation"), Map.entry("breadcrumb", "navigation"),
            Map.entry("breadcrumbs", "navigation"), Map.entry("skip", "navigation"),
            Map.entry("share", "share links"), Map.entry("sharing", "share links"), Map.entry("social", "share links"),
            Map.entry("cookie", "cookie banner"), Map.entry("cookies", "cookie banner"),
            Map.entry("consent", "cookie banner"), Map.entry("gdpr", "cookie banner"),
            Map.entry("newsletter", "newsletter prompt"), Map.entry("subscribe", "newsletter prompt"),
            Map.entry("subscription", "newsletter prompt"), Map.entry("signup", "newsletter prompt"),
            Map.entry("comment", "comment section"), Map.entry("comments", "comment section"),
            Map.entry("respond", "comment section"), Map.entry("disqus", "comment section"),
            Map.entry("related", "related links"), Map.entry("recommended", "related links"),
            Map.entry("popular", "related links"), Map.entry("trending", "related links"),
            Map.entry("sidebar", "sidebar"), Map.entry("widget", "sidebar"), Map.entry("footer", "site footer"),
            Map.entry("masthead", "site header"), Map.entry("ad", "advertisement"), Map.entry("ads", "advertisement"),
            Map.entry("advert", "advertisement"), Map.entry("advertisement", "advertisement"),
            Map.entry("sponsor", "advertisement"), Map.entry("promo", "advertisement"),
            Map.entry("popup", "pop-up"), Map.entry("modal", "pop-up"), Map.entry("author", "author box"),
            Map.entry("bio", "author box"), Map.entry("byline", "byline"), Map.entry("tags", "tag list"),
            Map.entry("tag", "tag list"), Map.entry("categories", "tag list"), Map.entry("meta", "timestamp"),
            Map.entry("date", "timestamp"), Map.entry("timestamp", "timestamp"), Map.entry("edit", "edit link"),
            Map.entry("editsection", "edit link"), Map.entry("toolbar", "page controls"),
            Map.entry("pagination", "page controls"), Map.entry("print", "page controls"),
            Map.entry("login", "login prompt"), Map.entry("signin", "login prompt"),
            Map.entry("toc", "table of contents"), Map.entry("navbox", "navigation"),
            Map.entry("catlinks", "tag list"), Map.entry("hatnote", "disambiguation note"));

    private static final Set<String> INLINE = Set.of("a", "span", "em", "strong", "b", "i",
            "font", "mark", "abbr", "dfn", "cite", "q", "u");
    private static final int SENTENCE_WORDS = 5;

    private HtmlCleaner() {
    }

    /**
     * Marks furniture with {@link #DROPPED} instead of removing it, so that the walker can list it where it stood;
     * code and form elements, which hold no readable line, are removed.
     */
    static void mark(Document doc) {
        doc.select(SILENT).remove();
        int pageText = doc.body().text().length();
        Map<Element, Boolean> sentences = new IdentityHashMap<>();
        for (Element e : doc.body().select("*")) {
            if (e.closest("[" + DROPPED + "]") != null) {
                continue;
            }
            Optional<String> reason = landmark(e)
                    .or(() -> named(e).filter(r -> !holdsArticle(e, pageText) && !withinSentence(e, sentences)));
            if (reason.isEmpty() && e.is("a") && e.text().strip().matches("(?i)\\[?edit]?")) {
                reason = Optional.of("edit link");
            }
            reason.ifPresent(r -> e.attr(DROPPED, r));
        }
    }

    /**
     * Inside the article a furniture name is trusted only on a small element: share rows, author boxes and tag lists
     * are short, while a section whose id happens to say "sharing" holds paragraphs; and a heading's own words are
     * never furniture, whatever the anchor around them is called. Landmark elements stay marked.
     */
    static void liftInside(Element root) {
        for (Element e : root.select("[" + DROPPED + "]")) {
            if (landmark(e).isPresent() || e.is("a") && e.text().strip().matches("(?i)\\[?edit]?")) {
                continue;
            }
            Element heading = e.closest("h1, h2, h3, h4, h5, h6");
            boolean headingWords = heading != null && !heading.text().replace(e.text(), "").matches(".*\\p{L}.*");
            if (e.text().length() >= 500 || headingWords) {
                e.removeAttr(DROPPED);
            }
        }
    }

    private static Optional<String> landmark(Element e) {
        switch (e.normalName()) {
            case "nav", "menu" -> {
                return Optional.of("navigation");
            }
            case "aside" -> {
                return Optional.of("sidebar");
            }
            case "dialog" -> {
                return Optional.of("pop-up");
            }
            case "footer" -> {
                return Optional.of("site footer");
            }
            case "header" -> {
                return e.closest("article, main") == null ? Optional.of("site header") : Optional.empty();
            }
            default -> {
                return Optional.ofNullable(ROLES.get(e.attr("role").toLowerCase(Locale.ROOT)));
            }
        }
    }

    private static Optional<String> named(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String word : names.split("[\\s_-]+")) {
            if (WORDS.containsKey(word)) {
                return Optional.of(WORDS.get(word));
            }
        }
        return Optional.empty();
    }

    /**
     * An inline element standing among the words of a sentence (a glossary pop-up link, a highlighted phrase) is
     * part of that sentence whatever its class says: dropping it would cut the sentence. Its parent holds at least
     * a few words of its own text beside it.
     */
    static boolean withinSentence(Element e) {
        return withinSentence(e, new IdentityHashMap<>());
    }

    /** As {@link #withinSentence(Element)}, judging each parent once however many inline elements it holds. */
    private static boolean withinSentence(Element e, Map<Element, Boolean> sentences) {
        if (!INLINE.contains(e.normalName()) || e.parent() == null) {
            return false;
        }
        return sentences.computeIfAbsent(e.parent(), parent -> {
            String own = parent.ownText();
            return LineShape.words(own) >= SENTENCE_WORDS && own.matches("(?s).*\\p{Ll}.*");
        });
    }

    private static boolean holdsArticle(Element e, int pageText) {
        return e.is("article, main, body, html") || !e.select("article, main").isEmpty()
                || e.text().length() * 2 > pageText;
    }
}
