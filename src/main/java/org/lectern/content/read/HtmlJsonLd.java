package org.lectern.content.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The title and authors a page states for search engines in schema.org JSON-LD ({@code <script
 * type="application/ld+json">}), read as Mozilla's Readability reads them: the first block whose {@code @context} is
 * schema.org and whose {@code @type} is an article or a post (looked up in a list or a {@code @graph} too) gives its
 * {@code name} or {@code headline} (when both are given and differ, the one that matches the page's {@code <title>}
 * without its site name; the name otherwise) and its authors' names, joined by commas. Publishers write these for the
 * article itself, so they outrank the sharing tags; a block that cannot be parsed is passed over, like any other broken
 * part of a page.
 */
final class HtmlJsonLd {

    /** What a block states; either part may be empty. */
    record Stated(String title, String author) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SCHEMA_ORG = Pattern.compile("^https?://schema\\.org/?$");
    private static final Pattern ARTICLE_TYPES = Pattern.compile("^(Article|AdvertiserContentArticle|NewsArticle"
            + "|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle"
            + "|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting"
            + "|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$");
    private static final double SAME_TITLE = 0.75;

    private HtmlJsonLd() {
    }

    static Optional<Stated> read(Document doc) {
        String pageTitle = HtmlParser.pageTitle(doc);
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String content = script.data().strip().replaceAll("^<!\\[CDATA\\[|]]>$", "");
            JsonNode node;
            try {
                node = JSON.readTree(content);
            } catch (JacksonException e) {
                continue;
            }
            Optional<Stated> stated = article(node).map(a -> new Stated(title(a, pageTitle), authors(a)));
            if (stated.isPresent()) {
                return stated;
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> article(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (isArticle(item)) {
                    return Optional.of(item);
                }
            }
            return Optional.empty();
        }
        JsonNode context = node.path("@context");
        String vocabulary = context.isString() ? context.asString() : context.path("@vocab").asString("");
        if (!SCHEMA_ORG.matcher(vocabulary).matches()) {
            return Optional.empty();
        }
        if (!node.has("@type") && node.path("@graph").isArray()) {
            for (JsonNode item : node.path("@graph")) {
                if (isArticle(item)) {
                    return Optional.of(item);
                }
            }
            return Optional.empty();
        }
        return isArticle(node) ? Optional.of(node) : Optional.empty();
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.path("@type");
        return type.isString() && ARTICLE_TYPES.matcher(type.asString()).matches();
    }

    private static String title(JsonNode article, String pageTitle) {
        JsonNode name = article.path("name");
        JsonNode headline = article.path("headline");
        if (name.isString() && headline.isString() && !name.asString().equals(headline.asString())) {
            boolean nameMatches = HtmlReadability.similarity(name.asString(), pageTitle) > SAME_TITLE;
            boolean headlineMatches = HtmlReadability.similarity(headline.asString(), pageTitle) > SAME_TITLE;
            return clean(headlineMatches && !nameMatches ? headline.asString() : name.asString());
        }
        return clean(name.isString() ? name.asString() : headline.isString() ? headline.asString() : "");
    }

    private static String authors(JsonNode article) {
        JsonNode author = article.path("author");
        if (author.path("name").isString()) {
            return clean(author.path("name").asString());
        }
        List<String> names = new ArrayList<>();
        if (author.isArray()) {
            for (JsonNode one : author) {
                if (one.path("name").isString()) {
                    names.add(clean(one.path("name").asString()));
                }
            }
        }
        return String.join(", ", names);
    }

    private static String clean(String s) {
        return org.jsoup.parser.Parser.unescapeEntities(s, false).replaceAll("\\s+", " ").strip();
    }
}
