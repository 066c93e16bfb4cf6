package org.lectern.content.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lectern.content.Endnote;

/**
 * Finds the notes list of a plain-text article and marks what follows it as boilerplate.
 *
 * <p>Rules: the first notes heading ({@link Notes}) followed by a numbered entry starts the notes. Without such a
 * heading, a run of numbered entries counts as notes only when it starts at 1, at least one entry looks like a
 * reference (a web address or a year) and the prose above carries a marker for one of its numbers, because a
 * numbered list in the body looks the same otherwise. Entries are read while their numbers count up by one.
 */
final class TextNotes {

    private static final Pattern REFERENCE_LIKE = Pattern.compile("https?://|www\\.|\\b(1[5-9]|20)\\d\\d\\b");

    private TextNotes() {
    }

    static List<Endnote> read(List<Unit> units) {
        for (int h = 0; h + 1 < units.size(); h++) {
            if (Notes.isHeading(units.get(h).text) && Notes.entry(units.get(h + 1).text).isPresent()) {
                units.get(h).become(Unit.Role.CONSUMED);
                return take(units, h + 1);
            }
        }
        int start = unheadedStart(units.stream().map(u -> u.text).toList());
        return start >= 0 ? take(units, start) : List.of();
    }

    /** Where a notes list without a heading starts among these paragraphs, or -1 when there is none. */
    static int unheadedStart(List<String> texts) {
        for (int i = texts.size() - 1; i > 0; i--) {
            var first = Notes.entry(texts.get(i));
            if (first.isPresent() && first.get().number() == 1 && unheadedList(texts, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean unheadedList(List<String> texts, int start) {
        List<Endnote> run = run(texts, start);
        if (run.size() < 2 || run.stream().noneMatch(e -> REFERENCE_LIKE.matcher(e.text()).find())) {
            return false;
        }
        Set<Integer> numbers = run.stream().map(Endnote::number).collect(Collectors.toSet());
        return texts.subList(0, start).stream().filter(LineShape::isProse)
                .anyMatch(t -> !CitationMarkers.strip(t, numbers).marks().isEmpty());
    }

    static List<Endnote> run(List<String> texts, int start) {
        List<Endnote> notes = new ArrayList<>();
        for (int i = start; i < texts.size(); i++) {
            var entry = Notes.entry(texts.get(i));
            if (entry.isEmpty() || !notes.isEmpty() && entry.get().number() != notes.getLast().number() + 1) {
                break;
            }
            notes.add(entry.get());
        }
        return notes;
    }

    private static List<Endnote> take(List<Unit> units, int start) {
        List<Endnote> notes = run(units.stream().map(u -> u.text).toList(), start);
        for (int i = start; i < start + notes.size(); i++) {
            units.get(i).become(Unit.Role.CONSUMED);
        }
        for (int i = start + notes.size(); i < units.size(); i++) {
            Unit unit = units.get(i);
            unit.drop(Notes.isHeading(unit.text) ? "reference heading with no entries"
                    : NoiseRules.reasonFor(unit.text).orElse("site boilerplate after the endnotes"));
        }
        return notes;
    }
}
