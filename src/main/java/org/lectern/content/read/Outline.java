package org.lectern.content.read;

import java.util.ArrayList;
import java.util.List;

import org.lectern.content.DroppedLine;
import org.lectern.content.Subheading;
import org.lectern.content.read.BlockSorter.Part;

/**
 * Groups an article's headed parts into lessons sized for learning. Rules:
 * <ul>
 *   <li>The lesson level is the shallowest heading level used more than once: a lone top heading (the article's
 *   own title repeated as a heading, or a single chapter heading) does not make the whole article one lesson, while
 *   each heading at the lesson level starts one.</li>
 *   <li>A deeper heading is a subsection: it stays inside its section's lesson as a {@link Subheading} before the
 *   paragraph it introduces, so a heading whose text is all in subsections is a lesson too. A subsection heading
 *   with nothing under it before the next heading of its level or above is dropped, like a lesson with no text.</li>
 *   <li>A lesson over {@value #LONG_WORDS} words splits: at its top subsections when it has them, packing
 *   consecutive subsections into lessons of about {@value #TARGET_WORDS} words, each after the first named by the
 *   subsection it opens with; without subsections, at paragraph boundaries into equal parts named "(part k of n)".
 *   A paragraph boundary is the only break such a text marks, and equal parts keep every lesson a sitting's
 *   reading.</li>
 * </ul>
 */
final class Outline {

    static final int LONG_WORDS = 3_000;
    static final int TARGET_WORDS = 2_000;

    /** A lesson before its citation markers are stripped. */
    record Draft(String title, List<String> paragraphs, List<String> captions, List<Subheading> headings) {
    }

    private Outline() {
    }

    static List<Draft> lessons(List<Part> parts, List<DroppedLine> dropped) {
        int level = lessonLevel(parts);
        List<Draft> grouped = new ArrayList<>();
        Draft current = null;
        for (Part part : parts) {
            if (current == null || part.level() <= level) {
                current = new Draft(part.title(), new ArrayList<>(part.paragraphs()), new ArrayList<>(part.captions()),
                        new ArrayList<>());
                grouped.add(current);
            } else {
                current.headings().add(new Subheading(current.paragraphs().size(), part.level() - level, part.title()));
                current.paragraphs().addAll(part.paragraphs());
                current.captions().addAll(part.captions());
            }
        }
        List<Draft> lessons = new ArrayList<>();
        for (Draft lesson : grouped) {
            if (lesson.paragraphs().isEmpty()) {
                dropped.add(new DroppedLine(lesson.title(), "heading with no text of its own"));
                lesson.headings().forEach(h -> dropped.add(new DroppedLine(h.title(), "heading with no text of its own")));
                continue;
            }
            dropEmptyHeadings(lesson, dropped);
            lessons.addAll(split(lesson));
        }
        return lessons;
    }

    static int lessonLevel(List<Part> parts) {
        List<Integer> levels = parts.stream().map(Part::level).distinct().sorted().toList();
        if (levels.isEmpty()) {
            return 1;
        }
        int i = 0;
        while (i + 1 < levels.size() && count(parts, levels.get(i)) == 1) {
            i++;
        }
        return levels.get(i);
    }

    private static long count(List<Part> parts, int level) {
        return parts.stream().filter(p -> p.level() == level).count();
    }

    private static void dropEmptyHeadings(Draft lesson, List<DroppedLine> dropped) {
        var headings = lesson.headings();
        for (int i = headings.size() - 1; i >= 0; i--) {
            Subheading h = headings.get(i);
            int nextStart = lesson.paragraphs().size();
            boolean deeperFollows = false;
            if (i + 1 < headings.size()) {
                Subheading next = headings.get(i + 1);
                nextStart = next.paragraph();
                deeperFollows = next.level() > h.level();
            }
            if (h.paragraph() == nextStart && !deeperFollows) {
                dropped.add(new DroppedLine(h.title(), "heading with no text of its own"));
                headings.remove(i);
            }
        }
    }

    private static List<Draft> split(Draft lesson) {
        if (words(lesson.paragraphs(), 0, lesson.paragraphs().size()) <= LONG_WORDS) {
            return List.of(lesson);
        }
        List<Integer> starts = new ArrayList<>();
        lesson.headings().stream().filter(h -> h.level() == 1 && h.paragraph() > 0).forEach(h -> starts.add(h.paragraph()));
        return starts.isEmpty() ? byParagraphs(lesson) : bySubsections(lesson, starts);
    }

    private static List<Draft> bySubsections(Draft lesson, List<Integer> subsectionStarts) {
        List<Integer> cuts = new ArrayList<>();
        int n = lesson.paragraphs().size();
        int chunkStart = 0;
        List<Integer> bounds = new ArrayList<>(subsectionStarts);
        bounds.add(n);
        for (int b = 0; b < bounds.size() - 1; b++) {
            int segmentEnd = bounds.get(b + 1);
            if (words(lesson.paragraphs(), chunkStart, segmentEnd) > TARGET_WORDS && bounds.get(b) > chunkStart) {
                cuts.add(bounds.get(b));
                chunkStart = bounds.get(b);
            }
        }
        if (cuts.isEmpty()) {
            return List.of(lesson);
        }
        List<Draft> out = new ArrayList<>();
        cuts.add(n);
        int from = 0;
        for (int to : cuts) {
            out.add(slice(lesson, from, to, from == 0 ? lesson.title() : null));
            from = to;
        }
        return out;
    }

    private static List<Draft> byParagraphs(Draft lesson) {
        int total = words(lesson.paragraphs(), 0, lesson.paragraphs().size());
        int parts = (total + TARGET_WORDS - 1) / TARGET_WORDS;
        int each = total / parts;
        List<Integer> cuts = new ArrayList<>();
        int sum = 0;
        for (int i = 0; i < lesson.paragraphs().size() && cuts.size() < parts - 1; i++) {
            sum += LineShape.words(lesson.paragraphs().get(i));
            if (sum >= each * (cuts.size() + 1) && i + 1 < lesson.paragraphs().size()) {
                cuts.add(i + 1);
            }
        }
        if (cuts.isEmpty()) {
            return List.of(lesson);
        }
        cuts.add(lesson.paragraphs().size());
        List<Draft> out = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < cuts.size(); k++) {
            String title = lesson.title() + " (part " + (k + 1) + " of " + cuts.size() + ")";
            out.add(slice(lesson, from, cuts.get(k), title));
            from = cuts.get(k);
        }
        return out;
    }

    /**
     * Paragraphs {@code from} to {@code to} as a lesson. With no title given, the subsection heading at {@code from}
     * becomes the title and leaves the headings; captions stay with the first slice.
     */
    private static Draft slice(Draft lesson, int from, int to, String title) {
        List<Subheading> headings = new ArrayList<>();
        String name = title;
        for (Subheading h : lesson.headings()) {
            if (h.paragraph() < from || h.paragraph() >= to) {
                continue;
            }
            if (name == null && h.paragraph() == from && h.level() == 1) {
                name = h.title();
                continue;
            }
            headings.add(new Subheading(h.paragraph() - from, h.level(), h.title()));
        }
        return new Draft(name == null ? lesson.title() : name, new ArrayList<>(lesson.paragraphs().subList(from, to)),
                from == 0 ? lesson.captions() : new ArrayList<>(), headings);
    }

    private static int words(List<String> paragraphs, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            sum += LineShape.words(paragraphs.get(i));
        }
        return sum;
    }
}
