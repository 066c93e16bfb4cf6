/**
 * The article reader: from uploaded bytes to an {@link org.lectern.content.Article}. Plain Java, no Spring, no
 * Vaadin; the only public class is {@link org.lectern.content.read.ArticlePipeline}, used by
 * {@link org.lectern.content.ArticleReader}.
 *
 * <p>Pipeline and where each rule is written down:
 * <ol>
 *   <li>{@code Decoder}: empty, over 10 MB, binary, not UTF-8 are refused; BOM and CRLF are normalised.</li>
 *   <li>{@code FormatDetector}: content first (HTML saved as .txt), then the extension, then Markdown syntax.</li>
 *   <li>One parser per format produces a {@code Draft} of blocks (heading, paragraph, item, caption, dropped line)
 *   in reading order: {@code PlainTextParser} (with {@code Units}, {@code TextNotes}, {@code TextInserts}, {@code MainText}, {@code TextLayout},
 *   {@code HeadingChoice}, {@code LineShape}), {@code MarkdownParser} (with {@code MarkdownSource},
 *   {@code MarkdownDialects}, {@code MarkdownText}, {@code MarkdownShapes}, {@code MarkdownContent}),
 *   {@code HtmlParser} (with {@code HtmlNotes}, {@code HtmlCleaner}, {@code HtmlReadability},
 *   {@code HtmlWalker}, {@code HtmlShapes}).</li>
 *   <li>{@code ArticleAssembler} with {@code BlockSorter}: noise families ({@code NoiseRules}), bylines and bios
 *   ({@code Byline}), notes ({@code Notes}), lead and summary, lessons, and citation markers
 *   ({@code CitationMarkers}).</li>
 * </ol>
 *
 * <p>Nothing here knows any particular article: every rule is about the shape of a line, where it stands, what
 * follows it, or a family of web-page furniture, and each class comment states its rules. What the reader cannot
 * place confidently as body text is dropped with a reason rather than put in a lesson; real paragraphs are kept.
 */
package org.lectern.content.read;
