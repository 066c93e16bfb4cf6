package org.lectern.content.read;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides how to parse a file from its name and its content.
 *
 * <p>The content wins over the name, because people save web pages as ".txt" and paste HTML into ".md" files: text
 * that opens with a doctype or an {@code <html>}, {@code <head>} or {@code <body>} tag, or that carries several block
 * tags such as {@code <p>} and {@code <h2>} with most of its words inside them, is HTML whatever its name, except that
 * a Markdown file (by its name) whose lines use Markdown's own syntax three times or more stays Markdown however many
 * HTML blocks it embeds. Text copied from a page may carry a few lines of the page's markup (its {@code <noscript>}
 * code prints as text), but most of its words stand outside any tag, so it stays text. Otherwise the extension decides
 * (.htm, .html, .xhtml; .md, .markdown, .mdown). A file with another or no extension is Markdown only when several of
 * its lines use Markdown's own syntax (ATX headings, setext underlines, footnote definitions, fenced code, link
 * syntax), since a few stray asterisks or hashes are common in plain text; anything else is plain text.
 */
final class FormatDetector {

    private static final Pattern HTML_START = Pattern.compile(
            "\\A\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body)\\b", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_BLOCK_TAG = Pattern.compile(
            "<(p|h[1-6]|div|article|section|ul|ol|li|br|table)(\\s[^>]*)?/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_LINE = Pattern.compile(
            "(?m)^(#{1,6} \\S.*|=={3,}\\s*|-{3,}\\s*|\\[\\^[^\\]]+\\]:.*|```.*|.*\\]\\([^)\\s]+\\).*|\\s*[*-] \\S.*)$");

    private FormatDetector() {
    }

    public static Format detect(String fileName, String text) {
        String name = fileName.toLowerCase(Locale.ROOT);
        boolean markdownName = name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".mdown");
        if (markdownName && markdownLines(text) >= 3 && !HTML_START.matcher(text).find()) {
            // Markdown may hold HTML blocks; a Markdown file that uses Markdown's own syntax stays Markdown.
            return Format.MARKDOWN;
        }
        if (looksLikeHtml(text)) {
            return Format.HTML;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            // An .html file without a single tag is still best read as text rather than fed to a DOM builder.
            return HTML_BLOCK_TAG.matcher(text).find() ? Format.HTML : Format.TEXT;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".mdown")) {
            return Format.MARKDOWN;
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return markdownLines(text) >= 3 && hasAtxHeading(text) ? Format.MARKDOWN : Format.TEXT;
        }
        return markdownLines(text) >= 3 ? Format.MARKDOWN : Format.TEXT;
    }

    private static boolean looksLikeHtml(String text) {
        if (HTML_START.matcher(text).find()) {
            return true;
        }
        var m = HTML_BLOCK_TAG.matcher(text);
        int count = 0;
        while (m.find() && count < 4) {
            count++;
        }
        return count >= 4 && mostlyInTags(text);
    }

    /**
     * An HTML fragment holds its words inside its elements; text copied from a page may carry a few lines of markup
     * (a page's {@code <noscript>} code prints as text), but most of its words stand outside any tag.
     */
    private static boolean mostlyInTags(String text) {
        var body = org.jsoup.Jsoup.parseBodyFragment(text).body();
        int loose = 0;
        for (var node : body.textNodes()) {
            loose += node.text().strip().length();
        }
        return loose * 2 < body.text().length();
    }

    private static boolean hasAtxHeading(String text) {
        return Pattern.compile("(?m)^#{1,6} \\S").matcher(text).find();
    }

    private static int markdownLines(String text) {
        var m = MARKDOWN_LINE.matcher(text);
        int count = 0;
        while (m.find() && count < 10) {
            count++;
        }
        return count;
    }
}
