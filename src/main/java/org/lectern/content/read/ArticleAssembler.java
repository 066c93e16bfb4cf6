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

/**
 * Turns a {@link Draft} from any format into an {@link Article}; everything here holds for all three formats.
 *
 * <p>Rules: every block passes {@link NoiseRules} again, because markup parsers only know their tags; a heading of a
 * page region (author box, related links, comments) drops the blocks after it up to the next heading; a paragraph that opens with the author's name and a
 * describing verb is the author's bio ({@link Byline}). Each heading starts a lesson; a heading with no paragraph of
 * its own is dropped (a container for sub-sections, or an empty "Bibliography"). Under a notes heading, numbered
 * paragraphs are endnotes and the rest are unnumbered references, dropped rather than read as lesson text; a notes
 * heading with no entry under it is dropped as well. Paragraphs before the first heading are the lead: one short paragraph (an abstract) becomes the summary only, a longer lead becomes an "Introduction"
 * lesson (or opens the article's own "Introduction") so that no real paragraph is lost. Without a lead the summary is the opening of the first paragraph.
 * Citation markers are stripped last, so their offsets refer to the paragraphs as the lesson shows them.
 */
public final class ArticleAssembler {

    private static final int ABSTRACT_MAX_WORDS = 80;
    private static final int SUMMARY_MAX_CHARS = 320;

    private record Draftsection(String title, List<String> paragraphs, List<String> captions) {
    }

    private ArticleAssembler() {
    }

    public static Article assemble(String fileName, Draft draft) throws ArticleRejectedException {
        List<DroppedLine> dropped = new ArrayList<>(draft.dropped());
        String author = draft.author();
        List<String> lead = new ArrayList<>();
        List<String> leadCaptions = new ArrayList<>();
        List<Draftsection> sections = new ArrayList<>();
        List<Endnote> endnotes = new ArrayList<>(draft.endnotes());
        String region = "";
        boolean notes = false;
        int emptyNotesHeading = -1;
        for (Block block : draft.blocks()) {
            String text = block.text();
            var noise = NoiseRules.reasonFor(text);
            if (block.kind() == Block.Kind.HEADING) {
                region = noise.isPresent() && NoiseRules.startsRegion(text) ? noise.get() : "";
                notes = noise.isEmpty() && Notes.isHeading(text);
                emptyNotesHeading = -1;
                if (noise.isPresent()) {
                    dropped.add(new DroppedLine(text, noise.get()));
                } else if (notes) {
                    emptyNotesHeading = dropped.size();
                    dropped.add(new DroppedLine(text, "reference heading with no entries"));
                } else {
                    sections.add(new Draftsection(text, new ArrayList<>(), new ArrayList<>()));
                }
                continue;
            }
            if (notes) {
                var entry = Notes.entry(text).filter(e -> endnotes.stream().noneMatch(n -> n.number() == e.number()));
                if (entry.isPresent() && emptyNotesHeading >= 0) {
                    dropped.remove(emptyNotesHeading);
                    emptyNotesHeading = -1;
                }
                entry.ifPresentOrElse(endnotes::add,
                        () -> dropped.add(new DroppedLine(text, "reference without a number")));
                continue;
            }
            var byline = sections.isEmpty() ? Byline.author(text) : java.util.Optional.<String>empty();
            if (author.isEmpty() && byline.isPresent()) {
                author = byline.get();
            }
            String reason = noise.orElse(byline.isPresent() ? "byline" : !region.isEmpty() ? region
                    : Byline.isBio(text, author) && (sections.isEmpty() || isLast(block, draft)) ? "author bio" : "");
            if (!reason.isEmpty()) {
                dropped.add(new DroppedLine(text, reason));
            } else if (block.kind() == Block.Kind.CAPTION) {
                (sections.isEmpty() ? leadCaptions : sections.getLast().captions()).add(text);
            } else {
                (sections.isEmpty() ? lead : sections.getLast().paragraphs()).add(text);
            }
        }
        endnotes.sort((a, b) -> Integer.compare(a.number(), b.number()));
        if (sections.isEmpty()) {
            throw noSections(fileName);
        }
        Set<Integer> known = endnotes.stream().map(Endnote::number).collect(Collectors.toSet());
        String summary = "";
        if (lead.size() == 1 && LineShape.words(lead.getFirst()) <= ABSTRACT_MAX_WORDS) {
            summary = CitationMarkers.strip(lead.getFirst(), known).text();
        } else if (!lead.isEmpty() && sections.getFirst().title().equalsIgnoreCase("Introduction")) {
            sections.getFirst().paragraphs().addAll(0, lead);
        } else if (!lead.isEmpty()) {
            sections.addFirst(new Draftsection("Introduction", lead, leadCaptions));
        }
        List<Section> lessons = new ArrayList<>();
        for (Draftsection s : sections) {
            if (s.paragraphs().isEmpty()) {
                dropped.add(new DroppedLine(s.title(), "heading with no text of its own"));
                continue;
            }
            if (lessons.isEmpty()) {
                s.captions().addAll(0, leadCaptions.stream().filter(c -> !s.captions().contains(c)).toList());
            }
            lessons.add(lesson(s, known));
        }
        if (lessons.isEmpty()) {
            throw noSections(fileName);
        }
        if (summary.isEmpty()) {
            summary = opening(lessons.getFirst().paragraphs().getFirst());
        }
        String title = draft.title().isBlank() ? titleFromFileName(fileName) : draft.title();
        return new Article(title, author, summary, lessons, endnotes, dropped);
    }

    private static ArticleRejectedException noSections(String fileName) {
        return new ArticleRejectedException("The file “" + fileName
                + "” has no section headings followed by text, so it cannot be split into lessons.");
    }

    private static boolean isLast(Block block, Draft draft) {
        List<Block> blocks = draft.blocks();
        return blocks.stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).reduce((a, b) -> b)
                .map(b -> b == block).orElse(false);
    }

    private static Section lesson(Draftsection s, Set<Integer> known) {
        List<String> paragraphs = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        for (String raw : s.paragraphs()) {
            var stripped = CitationMarkers.strip(raw, known);
            int index = paragraphs.size();
            stripped.marks().forEach(m -> citations.add(new Citation(index, m.offset(), m.endnote())));
            paragraphs.add(stripped.text());
        }
        return new Section(s.title(), paragraphs, s.captions(), citations);
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

    private static String titleFromFileName(String fileName) {
        String base = fileName.replaceAll(".*[/\\\\]", "").replaceFirst("\\.[A-Za-z]{1,8}$", "");
        String words = base.replaceAll("[-_]+", " ").strip();
        return words.isEmpty() ? "Untitled article"
                : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
