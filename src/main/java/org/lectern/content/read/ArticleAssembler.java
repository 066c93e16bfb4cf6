package org.lectern.content.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.lectern.content.Article;
import org.lectern.content.ArticleRejectedException;
import org.lectern.content.Citation;
import org.lectern.content.DroppedLine;
import org.lectern.content.Endnote;
import org.lectern.content.Section;
import org.lectern.content.read.BlockSorter.Part;

/**
 * Turns a {@link Draft} from any format into an {@link Article}; everything here holds for all three formats.
 *
 * <p>{@link BlockSorter} decides where each block goes and {@link Outline} groups the headed parts into lessons
 * (subsections inside their section, long lessons split, headings with no text dropped). Paragraphs before the first
 * heading are the lead: one short paragraph (an abstract, at most 80 words) becomes the summary only, unless it is no
 * shorter than the text it would summarise (at least as many words as all the sections' paragraphs), in which case it
 * is the article's opening, not an abstract, and is kept as a lesson; a longer lead becomes an "Introduction" lesson,
 * or opens the article's own "Introduction", so that no real paragraph is lost; captions above the first heading
 * belong to the first lesson. A text without any heading is one lesson under the article's title (split by {@link
 * Outline} when long); only a text with no paragraph left at all is refused. A title that is a breadcrumb trail
 * ("Home &gt; News &gt; Story") is its last step. Without a lead the summary is the opening
 * of the first paragraph of prose (its first sentences, up to about 320 characters): a short line the page set at
 * the top of the text (a share button's label, a dateline, a photo credit, a figure from an infobox) says nothing of
 * the article, and a lead of one such line is not an abstract either; a lead of one line that is no sentence at all
 * is dropped rather than made a lesson. Citation markers are stripped last, so
 * their offsets refer to the paragraphs as the lesson shows them.
 */
final class ArticleAssembler {

    private static final int ABSTRACT_MAX_WORDS = 80;
    private static final int SUMMARY_MAX_CHARS = 320;
    private static final java.util.regex.Pattern CRUMB = java.util.regex.Pattern.compile("\\s+[>›»→]\\s+");

    private ArticleAssembler() {
    }

    public static Article assemble(String fileName, Draft draft) throws ArticleRejectedException {
        BlockSorter sorted = new BlockSorter(draft);
        sorted.sort();
        List<DroppedLine> dropped = sorted.dropped;
        List<Endnote> endnotes = sorted.endnotes;
        List<String> lead = sorted.lead;
        List<String> leadCaptions = sorted.leadCaptions;
        List<Part> sections = sorted.parts;
        endnotes.sort((a, b) -> Integer.compare(a.number(), b.number()));
        String title = draft.title().isBlank() ? titleFromFileName(fileName) : lastCrumb(draft.title());
        int top = Outline.lessonLevel(sections);
        boolean headed = sections.stream().anyMatch(s -> !s.paragraphs().isEmpty());
        if (!headed && !lead.isEmpty()) {
            // An article without section headings is one lesson under the article's own title.
            sections.addFirst(new Part(title, top, new ArrayList<>(lead), new ArrayList<>(leadCaptions)));
            lead.clear();
        }
        Set<Integer> known = endnotes.stream().map(Endnote::number).collect(Collectors.toSet());
        String summary = draft.summary();
        if (summary.isEmpty() && lead.size() == 1 && LineShape.words(lead.getFirst()) <= ABSTRACT_MAX_WORDS
                && LineShape.words(lead.getFirst()) < bodyWords(sections) && abstractOf(lead.getFirst())) {
            summary = CitationMarkers.strip(lead.getFirst(), known).text();
        } else if (lead.size() == 1 && !sentence(lead.getFirst())) {
            // One line above the first heading that is no sentence (a byline the parser could not read, a label).
            dropped.add(new DroppedLine(lead.getFirst(), "line above the text"));
            lead.clear();
        } else if (!lead.isEmpty() && sections.getFirst().title().equalsIgnoreCase("Introduction")) {
            sections.getFirst().paragraphs().addAll(0, lead);
        } else if (!lead.isEmpty()) {
            sections.addFirst(new Part("Introduction", top, lead, leadCaptions));
        }
        List<Section> lessons = new ArrayList<>();
        for (Outline.Draft s : Outline.lessons(sections, dropped)) {
            if (lessons.isEmpty()) {
                s.captions().addAll(0, leadCaptions.stream().filter(c -> !s.captions().contains(c)).toList());
            }
            lessons.add(lesson(s, known));
        }
        if (lessons.isEmpty()) {
            throw noProse(fileName);
        }
        if (summary.isEmpty()) {
            summary = opening(firstSentences(lessons));
        }
        return new Article(title, sorted.author, summary, lessons, endnotes, dropped);
    }

    private static int bodyWords(List<Part> sections) {
        return sections.stream().flatMap(s -> s.paragraphs().stream()).mapToInt(LineShape::words).sum();
    }

    private static ArticleRejectedException noProse(String fileName) {
        return new ArticleRejectedException("The file “" + fileName
                + "” has no readable prose: no paragraph of sentences was found in it.");
    }

    private static Section lesson(Outline.Draft s, Set<Integer> known) {
        List<String> paragraphs = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        for (String raw : s.paragraphs()) {
            var stripped = CitationMarkers.strip(raw, known);
            int index = paragraphs.size();
            stripped.marks().forEach(m -> citations.add(new Citation(index, m.offset(), m.endnote())));
            paragraphs.add(stripped.text());
        }
        return new Section(s.title(), paragraphs, s.captions(), citations, s.headings());
    }

    /**
     * The paragraph a summary opens with: the first that is prose and says something of the article, not a line the
     * page set above it (a share button's label, a dateline, a byline, a photo credit, a figure of an infobox).
     */
    private static String firstSentences(List<Section> lessons) {
        for (Section lesson : lessons) {
            for (String paragraph : lesson.paragraphs()) {
                if (summarises(paragraph)) {
                    return paragraph;
                }
            }
        }
        return lessons.getFirst().paragraphs().getFirst();
    }

    private static boolean sentence(String paragraph) {
        return LineShape.isProse(paragraph) || LineShape.lostItsStop(paragraph) || LineShape.isShortSentence(paragraph);
    }

    /** A lead of one sentence, however short ("Flour, water and time."), that is no byline, date or photo credit. */
    private static boolean abstractOf(String lead) {
        return sentence(lead) && !pageLine(lead);
    }

    private static boolean summarises(String paragraph) {
        return (LineShape.isProse(paragraph) || LineShape.lostItsStop(paragraph)) && !pageLine(paragraph);
    }

    /** A byline, a date line or a photo credit: lines the page sets around an article, not the article's words. */
    private static boolean pageLine(String paragraph) {
        return Byline.bylineOrDate(paragraph) || LineShape.isFigureCaption(paragraph);
    }

    /** The first sentences of a paragraph, up to a few lines: what a course card can show. */
    private static String opening(String paragraph) {
        if (paragraph.length() <= SUMMARY_MAX_CHARS) {
            return paragraph;
        }
        StringBuilder out = new StringBuilder();
        for (String sentence : paragraph.split("(?<=[.!?][”\"’)]?)\\s+(?=[\\p{Lu}“\"])")) {
            if (!out.isEmpty() && out.length() + sentence.length() > SUMMARY_MAX_CHARS) {
                break;
            }
            out.append(out.isEmpty() ? "" : " ").append(sentence);
        }
        return out.toString();
    }

    /**
     * A breadcrumb trail ("Mac &amp; i &gt; News &gt; 2015 &gt; Passwords for the Mac") names the article by its last
     * step; two separators or more make a trail, so that a title with one "&gt;" in it stays whole.
     */
    static String lastCrumb(String title) {
        String[] steps = CRUMB.split(title);
        return steps.length >= 3 && !steps[steps.length - 1].isBlank() ? steps[steps.length - 1].strip() : title;
    }

    private static String titleFromFileName(String fileName) {
        String base = fileName.replaceAll(".*[/\\\\]", "").replaceFirst("\\.[A-Za-z]{1,8}$", "");
        String words = base.replaceAll("[-_]+", " ").strip();
        return words.isEmpty() ? "Untitled article"
                : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
