package org.lectern.content.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Decides which elements of a web page are the article, by the candidate scoring of Mozilla's Readability
 * (readability.js, Apache License 2.0, https://github.com/mozilla/readability), ported to jsoup. It only decides;
 * {@link HtmlWalker} still reads the chosen elements by its own rules, and lists everything else as dropped.
 *
 * <p>Why these rules: body text comes in paragraphs that hold sentences, commas and few links, while page furniture
 * is short, link-heavy, or named for what it is. So:
 * <ul>
 *   <li>Hidden elements ({@code display:none}, {@code hidden}, {@code aria-hidden}) are not read; elements whose
 *   class or id names furniture (comment, sidebar, footer, menu, related, social, ...) and not content, and whose
 *   ARIA role is a menu, navigation, dialog or complementary, are set aside first.</li>
 *   <li>Every paragraph-like element of at least 25 characters scores 1, plus one per comma-separated part, plus one
 *   per 100 characters (at most 3); its parent gets the whole score, its grandparent half, and ancestors further up
 *   less, so the element that holds most of the prose wins. Container tags and class names that say "article",
 *   "content" or "post" weigh for an element; lists, headings and names such as "comment", "share" or "meta" weigh
 *   against. A score is scaled down by the share of the element's text that is link text.</li>
 *   <li>When several near-best candidates share an ancestor, or a parent scores close to the best, the article is
 *   that ancestor; siblings that score well, share the winner's class, or are link-free paragraphs are added, except a paragraph
 *   that stands in a box of its own on the page (a tagline or a notice is set apart that way).</li>
 *   <li>Inside the article, blocks are removed when their shape says furniture: link density above 20%, more list
 *   items than paragraphs (outside lists), more inputs than a third of the paragraphs, many images for little text,
 *   embeds with little text, or a class weight below zero; share boxes under 500 characters, footers, asides and
 *   headings with a negative class weight go too. Data tables (a caption, header cells, or many rows) are kept.</li>
 *   <li>When the result holds fewer than 500 characters the page is read again with the name rules, then the class
 *   weights, then the cleaning of blocks switched off, and the longest result wins.</li>
 * </ul>
 */
final class HtmlReadability {

    /** The attribute that ties an element of a scratch copy back to the same element of the page. */
    static final String ID = "data-lectern-id";

    /** What was chosen: the elements (by {@link #ID}) that are the article, and why others inside it were not. */
    record Choice(Set<String> kept, Map<String, String> reasons) {
    }

    private static final String BOXED = "data-lectern-boxed";
    private static final int FLAG_STRIP_UNLIKELYS = 1;
    private static final int FLAG_WEIGHT_CLASSES = 2;
    private static final int FLAG_CLEAN_CONDITIONALLY = 4;
    private static final int CHAR_THRESHOLD = 500;
    private static final int TOP_CANDIDATES = 5;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final Pattern UNLIKELY = Pattern.compile("-ad-|ai2html|banner|breadcrumbs|combx|comment|community"
            + "|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar"
            + "|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote", FLAGS);
    private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|mathjax|shadow", FLAGS);
    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|page"
            + "|pagination|post|text|blog|story", FLAGS);
    private static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment"
            + "|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar"
            + "|skyscraper|sponsor|shopping|tags|widget", FLAGS);
    private static final Pattern BYLINE = Pattern.compile("byline|author|dateline|writtenby|p-author", FLAGS);
    private static final Pattern SHARE = Pattern.compile("(\\b|_)(share|sharedaddy)(\\b|_)", FLAGS);
    private static final Pattern VIDEO = Pattern.compile("//(www\\.)?((dailymotion|youtube|youtube-nocookie|player\\."
            + "vimeo|v\\.qq)\\.com|(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)", FLAGS);
    private static final Pattern COMMAS = Pattern.compile("[\\u002C\\u060C\\uFE50\\uFE10\\uFE11\\u2E41\\u2E34\\u2E32"
            + "\\uFF0C]");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final Pattern DISPLAY_NONE = Pattern.compile("display\\s*:\\s*none", FLAGS);
    private static final Pattern VISIBILITY_HIDDEN = Pattern.compile("visibility\\s*:\\s*hidden", FLAGS);
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation",
            "alert", "alertdialog", "dialog");
    private static final Set<String> TO_SCORE = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private static final Set<String> DIV_TO_P = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table",
            "ul");
    private static final Set<String> ALTER_TO_DIV_EXCEPTIONS = Set.of("div", "article", "section", "p");
    private static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "br", "button", "cite", "code",
            "data", "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter",
            "noscript", "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span",
            "strong", "sub", "sup", "textarea", "time", "var", "wbr");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final String title;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final Set<Element> dataTables = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, String> reasons = new HashMap<>();
    private int flags;
    private boolean wholeBody;

    private HtmlReadability(String title, int flags) {
        this.title = title;
        this.flags = flags;
    }

    /**
     * Tags every element of the page with {@link #ID}, then reads scratch copies of it, so the page itself keeps
     * all its elements for the dropped list. Empty when no element holds text. When no element stands out, the
     * article is the whole body (text between {@code br}s straight in the body, as early web pages have).
     */
    static Optional<Choice> choose(Document page, String title) {
        int n = 0;
        for (Element e : page.getAllElements()) {
            e.attr(ID, Integer.toString(n++));
        }
        int[] attempts = {FLAG_STRIP_UNLIKELYS | FLAG_WEIGHT_CLASSES | FLAG_CLEAN_CONDITIONALLY,
                FLAG_WEIGHT_CLASSES | FLAG_CLEAN_CONDITIONALLY, FLAG_CLEAN_CONDITIONALLY, 0};
        Choice best = null;
        int bestLength = -1;
        for (int flags : attempts) {
            HtmlReadability r = new HtmlReadability(title, flags);
            Document copy = page.clone();
            Element article = r.grab(copy);
            int length = article == null ? 0 : innerText(article).length();
            if (article != null && length > bestLength) {
                Set<String> ids = ids(article);
                if (r.wholeBody) {
                    // No element stood out: the article is the body itself, text between its elements included.
                    ids.add(copy.body().attr(ID));
                }
                best = new Choice(ids, r.reasons);
                bestLength = length;
            }
            if (length >= CHAR_THRESHOLD) {
                break;
            }
        }
        return bestLength > 0 ? Optional.of(best) : Optional.empty();
    }

    private static Set<String> ids(Element article) {
        Set<String> ids = new HashSet<>();
        for (Element e : article.getAllElements()) {
            if (e.hasAttr(ID)) {
                ids.add(e.attr(ID));
            }
        }
        return ids;
    }

    private boolean active(int flag) {
        return (flags & flag) != 0;
    }

    private void remove(Element e, String reason) {
        if (e.hasAttr(ID)) {
            reasons.putIfAbsent(e.attr(ID), reason);
        }
        e.remove();
    }

    // ----- the first pass: set aside what is unlikely, turn divs of text into paragraphs, list what to score -----

    private Element grab(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        replaceBrs(body);
        List<Element> toScore = new ArrayList<>();
        boolean bylineFound = false;
        Element node = doc.childrenSize() > 0 ? doc.child(0) : null;
        while (node != null) {
            String match = node.className() + " " + node.id();
            String tag = node.normalName();
            if (!visible(node)) {
                node = removeAndNext(node, "hidden");
                continue;
            }
            if ("true".equals(node.attr("aria-modal")) && "dialog".equals(node.attr("role"))) {
                node = removeAndNext(node, "pop-up");
                continue;
            }
            if (!bylineFound && isByline(node, match)) {
                bylineFound = true;
                node = removeAndNext(node, "byline");
                continue;
            }
            if (active(FLAG_STRIP_UNLIKELYS)) {
                if (UNLIKELY.matcher(match).find() && !MAYBE.matcher(match).find() && !hasAncestor(node, "table")
                        && !hasAncestor(node, "code") && !tag.equals("body") && !tag.equals("a")) {
                    node = removeAndNext(node, "page furniture by its name");
                    continue;
                }
                if (UNLIKELY_ROLES.contains(node.attr("role").toLowerCase(Locale.ROOT))) {
                    node = removeAndNext(node, "page furniture by its role");
                    continue;
                }
            }
            if ((tag.equals("div") || tag.equals("section") || tag.equals("header") || HEADINGS.contains(tag))
                    && withoutContent(node)) {
                node = removeAndNext(node, "empty");
                continue;
            }
            if (TO_SCORE.contains(tag)) {
                toScore.add(node);
            }
            if (tag.equals("div")) {
                wrapPhrasing(node);
                if (singleChild(node, "p") && linkDensity(node) < 0.25) {
                    Element child = node.child(0);
                    if (!child.hasAttr(ID)) {
                        // A paragraph made here from the div's text stands for the div on the page.
                        child.attr(ID, node.attr(ID));
                    }
                    child.attr(BOXED, "");
                    node.replaceWith(child);
                    node = child;
                    toScore.add(node);
                } else if (!hasChildBlock(node)) {
                    node.tagName("p");
                    toScore.add(node);
                }
            }
            node = next(node, false);
        }
        List<Element> candidates = score(toScore);
        return join(doc, body, candidates);
    }

    /** Two or more {@code br}s in a row end a paragraph: what follows them is wrapped in a new {@code p}. */
    private static void replaceBrs(Element body) {
        for (Element br : new ArrayList<>(body.select("br"))) {
            if (br.parent() == null) {
                continue;
            }
            Node next = br.nextSibling();
            boolean replaced = false;
            while ((next = nextNonBlank(next)) instanceof Element e && e.nameIs("br")) {
                replaced = true;
                Node after = e.nextSibling();
                e.remove();
                next = after;
            }
            if (!replaced) {
                continue;
            }
            Element p = new Element("p");
            br.replaceWith(p);
            next = p.nextSibling();
            while (next != null) {
                if (next instanceof Element e && e.nameIs("br")) {
                    Node nextElem = nextNonBlank(e.nextSibling());
                    if (nextElem instanceof Element ne && ne.nameIs("br")) {
                        break;
                    }
                }
                if (!phrasing(next)) {
                    break;
                }
                Node sibling = next.nextSibling();
                p.appendChild(next);
                next = sibling;
            }
            while (!p.childNodes().isEmpty() && whitespace(p.childNodes().getLast())) {
                p.childNodes().getLast().remove();
            }
            if (p.parent() != null && p.parent().nameIs("p")) {
                p.parent().tagName("div");
            }
        }
    }

    private static Node nextNonBlank(Node node) {
        while (node != null && !(node instanceof Element) && node instanceof TextNode t && t.isBlank()) {
            node = node.nextSibling();
        }
        return node;
    }

    private static void wrapPhrasing(Element div) {
        Element p = null;
        Node child = div.childNodeSize() > 0 ? div.childNode(0) : null;
        while (child != null) {
            Node next = child.nextSibling();
            if (phrasing(child)) {
                if (p != null) {
                    p.appendChild(child);
                } else if (!whitespace(child)) {
                    p = new Element("p");
                    child.replaceWith(p);
                    p.appendChild(child);
                }
            } else if (p != null) {
                while (!p.childNodes().isEmpty() && whitespace(p.childNodes().getLast())) {
                    p.childNodes().getLast().remove();
                }
                p = null;
            }
            child = next;
        }
    }

    private Element removeAndNext(Element node, String reason) {
        Element next = next(node, true);
        remove(node, reason);
        return next;
    }

    private static Element next(Element node, boolean skipChildren) {
        if (!skipChildren && node.childrenSize() > 0) {
            return node.child(0);
        }
        Element sibling = node.nextElementSibling();
        if (sibling != null) {
            return sibling;
        }
        Element parent = node.parent();
        while (parent != null && !(parent instanceof Document)) {
            Element s = parent.nextElementSibling();
            if (s != null) {
                return s;
            }
            parent = parent.parent();
        }
        return null;
    }

    // ----- scoring -----

    private List<Element> score(List<Element> toScore) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : toScore) {
            if (e.parent() == null || e.parent() instanceof Document) {
                continue;
            }
            String text = innerText(e);
            if (text.length() < 25) {
                continue;
            }
            List<Element> ancestors = ancestors(e, 5);
            if (ancestors.isEmpty()) {
                continue;
            }
            double score = 1 + COMMAS.split(text, -1).length + Math.min(text.length() / 100, 3);
            for (int level = 0; level < ancestors.size(); level++) {
                Element a = ancestors.get(level);
                if (a instanceof Document || a.parent() == null || a.parent() instanceof Document) {
                    break;
                }
                if (!scores.containsKey(a)) {
                    initialize(a);
                    candidates.add(a);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(a, score / divider, Double::sum);
            }
        }
        for (Element c : candidates) {
            scores.put(c, scores.get(c) * (1 - linkDensity(c)));
        }
        candidates.sort(Comparator.comparingDouble((Element c) -> scores.get(c)).reversed());
        return candidates.subList(0, Math.min(TOP_CANDIDATES, candidates.size()));
    }

    private void initialize(Element e) {
        double score = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        scores.put(e, score + classWeight(e));
    }

    private int classWeight(Element e) {
        if (!active(FLAG_WEIGHT_CLASSES)) {
            return 0;
        }
        int weight = 0;
        for (String name : new String[] {e.className(), e.id()}) {
            if (!name.isEmpty()) {
                weight += NEGATIVE.matcher(name).find() ? -25 : 0;
                weight += POSITIVE.matcher(name).find() ? 25 : 0;
            }
        }
        return weight;
    }

    private double scoreOf(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    // ----- choosing the article and its siblings -----

    private Element join(Document doc, Element body, List<Element> top) {
        Element best = top.isEmpty() ? null : top.getFirst();
        if (best == null || best.nameIs("body")) {
            wholeBody = true;
            best = new Element("div");
            for (Node child : new ArrayList<>(body.childNodes())) {
                best.appendChild(child);
            }
            body.appendChild(best);
            initialize(best);
        } else {
            List<List<Element>> alternatives = new ArrayList<>();
            for (Element c : top.subList(1, top.size())) {
                if (scoreOf(c) / scoreOf(best) >= 0.75) {
                    alternatives.add(ancestors(c, 0));
                }
            }
            if (alternatives.size() >= 3) {
                Element parent = best.parent();
                while (parent != null && !parent.nameIs("body") && !(parent instanceof Document)) {
                    Element p = parent;
                    if (alternatives.stream().filter(list -> list.contains(p)).count() >= 3) {
                        best = parent;
                        break;
                    }
                    parent = parent.parent();
                }
            }
            if (!scores.containsKey(best)) {
                initialize(best);
            }
            Element parent = best.parent();
            double last = scoreOf(best);
            double threshold = last / 3;
            while (parent != null && !parent.nameIs("body") && !(parent instanceof Document)) {
                if (!scores.containsKey(parent)) {
                    parent = parent.parent();
                    continue;
                }
                double parentScore = scoreOf(parent);
                if (parentScore < threshold) {
                    break;
                }
                if (parentScore > last) {
                    best = parent;
                    break;
                }
                last = parentScore;
                parent = parent.parent();
            }
            parent = best.parent();
            while (parent != null && !parent.nameIs("body") && !(parent instanceof Document)
                    && parent.childrenSize() == 1) {
                best = parent;
                parent = best.parent();
            }
            if (!scores.containsKey(best)) {
                initialize(best);
            }
        }
        Element article = doc.createElement("div");
        double threshold = Math.max(10, scoreOf(best) * 0.2);
        Element parent = best.parent();
        List<Element> siblings = parent == null ? List.of(best) : new ArrayList<>(parent.children());
        for (Element sibling : siblings) {
            boolean append = sibling == best;
            if (!append) {
                double bonus = !best.className().isEmpty() && sibling.className().equals(best.className())
                        ? scoreOf(best) * 0.2 : 0;
                if (scores.containsKey(sibling) && scoreOf(sibling) + bonus >= threshold) {
                    append = true;
                } else if (sibling.nameIs("p") && !sibling.hasAttr(BOXED)) {
                    // A paragraph in a box of its own (a tagline, a notice) is a separate block of the page.
                    double density = linkDensity(sibling);
                    String text = innerText(sibling);
                    append = text.length() > 80 && density < 0.25 || text.length() < 80 && !text.isEmpty()
                            && density == 0 && SENTENCE_END.matcher(text).find();
                }
            }
            if (append) {
                article.appendChild(sibling);
            }
        }
        prepare(article);
        return article;
    }

    // ----- cleaning the article -----

    private void prepare(Element article) {
        markDataTables(article);
        cleanConditionally(article, "form");
        cleanConditionally(article, "fieldset");
        for (String tag : List.of("object", "embed", "footer", "link", "aside")) {
            clean(article, tag);
        }
        for (Element child : new ArrayList<>(article.children())) {
            for (Element e : new ArrayList<>(child.select("*"))) {
                if (e != child && e.parent() != null && SHARE.matcher(e.className() + " " + e.id()).find()
                        && e.text().length() < 500 && !HtmlCleaner.withinSentence(e)) {
                    remove(e, "share links");
                }
            }
        }
        for (String tag : List.of("iframe", "input", "textarea", "select", "button")) {
            clean(article, tag);
        }
        for (Element h : new ArrayList<>(article.select("h1, h2"))) {
            if (classWeight(h) < 0) {
                remove(h, "page furniture by its name");
            }
        }
        cleanConditionally(article, "table");
        cleanConditionally(article, "ul");
        cleanConditionally(article, "div");
    }

    private void clean(Element article, String tag) {
        boolean embed = Set.of("object", "embed", "iframe").contains(tag);
        for (Element e : new ArrayList<>(article.getElementsByTag(tag))) {
            if (embed && VIDEO.matcher(e.attributes().html() + e.html()).find()) {
                continue;
            }
            remove(e, tag.equals("footer") || tag.equals("aside") ? "page furniture" : "embedded object");
        }
    }

    private void cleanConditionally(Element article, String tag) {
        if (!active(FLAG_CLEAN_CONDITIONALLY)) {
            return;
        }
        List<Element> nodes = new ArrayList<>(article.getElementsByTag(tag));
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Element node = nodes.get(i);
            if (node.parent() == null || node == article) {
                continue;
            }
            shouldRemove(node, tag).ifPresent(reason -> remove(node, reason));
        }
    }

    private Optional<String> shouldRemove(Element node, String tag) {
        boolean isList = tag.equals("ul") || tag.equals("ol");
        String text = innerText(node);
        if (!isList) {
            int listLength = node.select("ul, ol").stream().mapToInt(l -> innerText(l).length()).sum();
            isList = !text.isEmpty() && listLength / (double) text.length() > 0.9;
        }
        if (tag.equals("table") && dataTables.contains(node)) {
            return Optional.empty();
        }
        for (Element a : node.parents()) {
            if (a.nameIs("table") && dataTables.contains(a) || a.nameIs("code")) {
                return Optional.empty();
            }
        }
        int weight = classWeight(node);
        if (weight < 0) {
            return Optional.of("page furniture by its name");
        }
        if (COMMAS.split(text, -1).length - 1 >= 10) {
            return Optional.empty();
        }
        int p = node.getElementsByTag("p").size();
        int img = node.getElementsByTag("img").size();
        int li = node.getElementsByTag("li").size() - 100;
        int input = node.getElementsByTag("input").size();
        double headingDensity = textDensity(node, HEADINGS);
        int embeds = 0;
        for (Element e : node.select("object, embed, iframe")) {
            if (!VIDEO.matcher(e.attributes().html()).find()) {
                embeds++;
            }
        }
        double links = linkDensity(node);
        int length = text.length();
        boolean figure = hasAncestor(node, "figure");
        Set<String> textish = new HashSet<>(DIV_TO_P);
        textish.addAll(Set.of("span", "li", "td"));
        double textDensity = textDensity(node, textish);
        String reason = null;
        if (!figure && img > 1 && p / (double) img < 0.5) {
            reason = "pictures with little text";
        } else if (!isList && li > p) {
            reason = "list-like block";
        } else if (input > p / 3) {
            reason = "form";
        } else if (!isList && !figure && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && links > 0) {
            reason = "short block of links";
        } else if (!isList && weight < 25 && links > 0.2) {
            reason = "link-heavy block";
        } else if (weight >= 25 && links > 0.5) {
            reason = "link-heavy block";
        } else if (embeds == 1 && length < 75 || embeds > 1) {
            reason = "embedded object";
        } else if (img == 0 && textDensity == 0) {
            reason = "block without text";
        }
        if (reason != null && isList) {
            // A list of pictures stays, one picture per item.
            for (Element child : node.children()) {
                if (child.childrenSize() > 1) {
                    return Optional.of(reason);
                }
            }
            if (img == node.getElementsByTag("li").size()) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(reason);
    }

    private void markDataTables(Element article) {
        for (Element table : article.getElementsByTag("table")) {
            if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
                continue;
            }
            if (!table.attr("summary").isEmpty()) {
                dataTables.add(table);
                continue;
            }
            Element caption = table.selectFirst("caption");
            if (caption != null && caption.childNodeSize() > 0
                    || !table.select("col, colgroup, tfoot, thead, th").isEmpty()) {
                dataTables.add(table);
                continue;
            }
            if (table.select("table").size() > 1) {
                continue;
            }
            int rows = table.select("tr").size();
            int columns = table.select("tr").stream().mapToInt(tr -> tr.select("td, th").size()).max().orElse(0);
            if (rows >= 10 || columns > 4 || rows * columns > 10) {
                dataTables.add(table);
            }
        }
    }

    // ----- shapes -----

    private static boolean visible(Element e) {
        String style = e.attr("style");
        return !DISPLAY_NONE.matcher(style).find() && !VISIBILITY_HIDDEN.matcher(style).find() && !e.hasAttr("hidden")
                && (!e.attr("aria-hidden").equals("true") || e.className().contains("fallback-image"));
    }

    private static boolean isByline(Element e, String match) {
        boolean named = e.attr("rel").equals("author") || e.attr("itemprop").contains("author")
                || BYLINE.matcher(match).find();
        String text = e.text().strip();
        return named && !text.isEmpty() && text.length() < 100;
    }

    private static boolean withoutContent(Element e) {
        return e.text().isBlank() && (e.childrenSize() == 0
                || e.childrenSize() == e.getElementsByTag("br").size() + e.getElementsByTag("hr").size());
    }

    private static boolean singleChild(Element e, String tag) {
        if (e.childrenSize() != 1 || !e.child(0).nameIs(tag)) {
            return false;
        }
        return e.textNodes().stream().allMatch(TextNode::isBlank);
    }

    private static boolean hasChildBlock(Element e) {
        for (Element child : e.children()) {
            if (DIV_TO_P.contains(child.normalName()) || hasChildBlock(child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean phrasing(Node node) {
        if (node instanceof TextNode) {
            return true;
        }
        if (!(node instanceof Element e)) {
            return false;
        }
        return PHRASING.contains(e.normalName()) || (e.nameIs("a") || e.nameIs("del") || e.nameIs("ins"))
                && e.childNodes().stream().allMatch(HtmlReadability::phrasing);
    }

    private static boolean whitespace(Node node) {
        return node instanceof TextNode t && t.isBlank() || node instanceof Element e && e.nameIs("br");
    }

    private static boolean hasAncestor(Element e, String tag) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.nameIs(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Parents up to {@code depth} levels (0: all), stopping below the document. */
    private static List<Element> ancestors(Element e, int depth) {
        List<Element> out = new ArrayList<>();
        for (Element a = e.parent(); a != null && !(a instanceof Document); a = a.parent()) {
            out.add(a);
            if (depth > 0 && out.size() == depth) {
                break;
            }
        }
        return out;
    }

    static String innerText(Element e) {
        return e.text().strip();
    }

    /** Share of an element's text inside links; links to a place on the same page count for less. */
    private static double linkDensity(Element e) {
        int length = innerText(e).length();
        if (length == 0) {
            return 0;
        }
        double links = 0;
        for (Element a : e.getElementsByTag("a")) {
            double coefficient = a.attr("href").startsWith("#") ? 0.3 : 1;
            links += innerText(a).length() * coefficient;
        }
        return links / length;
    }

    private static double textDensity(Element e, Set<String> tags) {
        int length = innerText(e).length();
        if (length == 0) {
            return 0;
        }
        int inside = 0;
        for (Element child : e.getAllElements()) {
            if (child != e && tags.contains(child.normalName())) {
                inside += innerText(child).length();
            }
        }
        return inside / (double) length;
    }

    /** How much of {@code b}'s words are also {@code a}'s, by length: 1 when b says nothing a does not. */
    static double similarity(String a, String b) {
        List<String> tokensA = tokens(a);
        List<String> tokensB = tokens(b);
        if (tokensA.isEmpty() || tokensB.isEmpty()) {
            return 0;
        }
        List<String> unique = tokensB.stream().filter(t -> !tokensA.contains(t)).toList();
        return 1 - String.join(" ", unique).length() / (double) String.join(" ", tokensB).length();
    }

    /**
     * A heading that repeats the title, give or take a site name or a subtitle: most of its words are the title's,
     * and it has at least half as many words, so a short section heading made of title words ("Dance" under "How
     * Bees Dance") is not mistaken for it.
     */
    static boolean duplicatesTitle(String title, String heading) {
        return heading.equals(title) || similarity(title, heading) > 0.75
                && tokens(heading).size() * 2 >= tokens(title).size();
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
