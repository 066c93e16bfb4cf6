package org.lectern.content.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings the Markdown dialects people write (kramdown, Jekyll, Pandoc, PHP Markdown Extra) back to CommonMark before
 * it is parsed, outside fenced code, which is left exactly as written.
 *
 * <p>Rules: attribute lists are styling instructions for a renderer, never text, so a line that is only an attribute
 * list ({@code {: .note}}, {@code {:toc}}, {@code {::options ...}}, {@code {:/}}) and an inline one after a span or a
 * heading ({@code *word*{: .red}}, {@code ## Scope {#scope}}) are removed. A {@code {:toc}} line asks the renderer
 * to replace the list above it with a table of contents, so that placeholder list goes too. An HTML element opened
 * with {@code markdown="1"} (or {@code "block"}, {@code "span"}) holds Markdown: its opening and closing tag lines
 * become blank lines, so that CommonMark reads what is between them as Markdown instead of one raw HTML block.
 */
final class MarkdownDialects {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*");
    private static final Pattern ATTRIBUTE_LINE = Pattern.compile("^\\s*\\{:{1,2}[^}]*}\\s*$|^\\s*\\{:/\\w*}\\s*$");
    private static final Pattern TOC_LINE = Pattern.compile("^\\s*\\{:\\s*toc\\s*}\\s*$");
    private static final Pattern INLINE_ATTRIBUTES = Pattern.compile("\\{:[^}\\n]*}|(?<=\\S)\\s*\\{#[\\w:.-]+[^}\\n]*}\\s*$");
    private static final Pattern MARKDOWN_OPEN = Pattern.compile(
            "^\\s*<([a-zA-Z][\\w-]*)\\b[^>]*\\smarkdown\\s*=\\s*[\"']?(1|block|span)[\"']?[^>]*>\\s*$");
    private static final Pattern CLOSE = Pattern.compile("^\\s*</([a-zA-Z][\\w-]*)\\s*>\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([-*+]|\\d{1,3}[.)])\\s+.*");

    private MarkdownDialects() {
    }

    static String normalise(String body) {
        String[] lines = body.split("\n", -1);
        StringBuilder out = new StringBuilder(body.length());
        Deque<String> open = new ArrayDeque<>();
        String fence = "";
        for (String line : lines) {
            Matcher f = FENCE.matcher(line);
            if (!fence.isEmpty()) {
                fence = f.matches() && line.strip().startsWith(fence) ? "" : fence;
                out.append(line).append('\n');
                continue;
            }
            if (f.matches()) {
                fence = f.group(1);
                out.append(line).append('\n');
                continue;
            }
            Matcher m = MARKDOWN_OPEN.matcher(line);
            Matcher c = CLOSE.matcher(line);
            if (m.matches()) {
                open.push(m.group(1).toLowerCase());
                out.append('\n');
            } else if (c.matches() && !open.isEmpty() && open.peek().equals(c.group(1).toLowerCase())) {
                open.pop();
                out.append('\n');
            } else if (TOC_LINE.matcher(line).matches()) {
                dropListAbove(out);
                out.append('\n');
            } else if (ATTRIBUTE_LINE.matcher(line).matches()) {
                out.append('\n');
            } else {
                out.append(INLINE_ATTRIBUTES.matcher(line).replaceAll("")).append('\n');
            }
        }
        return out.substring(0, Math.max(0, out.length() - 1));
    }

    /** Removes the list lines that end the text so far: the placeholder a table of contents replaces. */
    private static void dropListAbove(StringBuilder out) {
        int end = out.length();
        while (true) {
            int start = out.lastIndexOf("\n", end - 2) + 1;
            String line = out.substring(start, end).strip();
            if (end == 0 || !LIST_ITEM.matcher(line).matches()) {
                break;
            }
            out.setLength(start);
            end = start;
        }
    }
}
