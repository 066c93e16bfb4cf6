package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * The title and authors a page declares in schema.org JSON-LD outrank its sharing tags, as in Readability: found in a
 * list or a {@code @graph}, inside CDATA, with the headline chosen over a site-wide name when the headline is what the
 * page's {@code <title>} says; blocks of other types, other vocabularies or broken JSON are passed over.
 */
class HtmlJsonLdTest {

    private static final String BODY = """
            <body><article><h1>Headline</h1>
            <p>The ferry company will add two sailings on weekday mornings from May, after complaints that the first
            boat is full long before it leaves the quay on most days of the week.</p>
            <p>Passengers have asked for the change for years, and the company said that a second boat bought last
            winter finally makes it possible to run the extra sailings without cutting the afternoon timetable.</p>
            <p>The new timetable will be printed in the spring and posted at both quays a month before it starts.</p>
            </article></body></html>""";

    private static Article page(String head) throws Exception {
        return Fixtures.read("page.html", "<html><head>" + head + "</head>" + BODY);
    }

    @Test
    void theHeadlineOfANewsArticleOutranksTheSharingTitle() throws Exception {
        Article a = page("""
                <title>Two more morning ferries from May - Island Courier</title>
                <meta property="og:title" content="Ferries | Island Courier">
                <script type="application/ld+json">
                <![CDATA[
                {"@context": "https://schema.org", "@type": "NewsArticle", "name": "Island Courier",
                 "headline": "Two more morning ferries from May",
                 "author": [{"@type": "Person", "name": "Ruth Calder"}, {"@type": "Person", "name": "Tom Ness"}]}
                ]]>
                </script>""");
        assertEquals("Two more morning ferries from May", a.title());
        assertEquals("Ruth Calder, Tom Ness", a.author());
    }

    @Test
    void findsTheArticleInAGraphAndPassesOverOtherTypesAndBrokenBlocks() throws Exception {
        Article a = page("""
                <title>Harbour news</title>
                <meta property="og:title" content="Harbour news and views">
                <script type="application/ld+json">{"@context": "https://schema.org", "@type": "Organization",
                 "name": "Harbour Post"}</script>
                <script type="application/ld+json">{"@context": "https://schema.org", "headline": </script>
                <script type="application/ld+json">{"@context": "http://example.org/vocab", "@type": "BlogPosting",
                 "headline": "Not schema.org"}</script>
                <script type="application/ld+json">{"@context": {"@vocab": "http://schema.org/"}, "@graph": [
                 {"@type": "WebPage", "name": "Harbour news"},
                 {"@type": "BlogPosting", "headline": "Why the ferry timetable is changing",
                  "author": {"@type": "Person", "name": "Ann Lee"}}]}</script>""");
        assertEquals("Why the ferry timetable is changing", a.title());
        assertEquals("Ann Lee", a.author());
    }

    @Test
    void withoutAnArticleBlockTheSharingTagsStillName() throws Exception {
        Article a = page("""
                <title>Harbour news</title>
                <meta property="og:title" content="Morning ferries to double">
                <meta name="author" content="Ruth Calder">
                <script type="application/ld+json">[{"@context": "https://schema.org", "@type": "WebSite",
                 "name": "Harbour Post"}]</script>""");
        assertEquals("Morning ferries to double", a.title());
        assertEquals("Ruth Calder", a.author());
    }
}
