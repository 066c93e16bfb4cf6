package org.lectern.content.read;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The judgements {@link TextLayout} makes about heading candidates: which line of a run is the heading, whether a
 * candidate is a banner or a subtitle, and the article's heading style. See {@link TextLayout} for the rules.
 */
final class HeadingChoice {

    private HeadingChoice() {
    }

    static int headingIndex(List<Unit> rest, boolean titleCaseHeadings) {
        for (int i = 0; i < rest.size(); i++) {
            if (LineShape.isGenericSection(rest.get(i).text)) {
                return i;
            }
        }
        if (titleCaseHeadings && !LineShape.isTitleCase(rest.getFirst().text)) {
            for (int i = 1; i < rest.size(); i++) {
                if (LineShape.isTitleCase(rest.get(i).text)) {
                    return i;
                }
            }
        }
        return 0;
    }

    static boolean isBanner(String heading, Set<String> body) {
        if (LineShape.isGenericSection(heading)) {
            return false;
        }
        Set<String> own = stems(heading);
        boolean topical = own.isEmpty() || own.stream().anyMatch(body::contains);
        return !topical && LineShape.hasNumberToken(heading);
    }

    /**
     * The first line under the title is a subtitle, not a heading, when it is a sentence-case line of five words or
     * more while the article's headings are in Title Case or capitals.
     */
    static boolean isSubtitle(Unit first, boolean titleCaseHeadings) {
        return titleCaseHeadings && first.titleLike() && !first.prose() && LineShape.words(first.text) >= 5
                && !LineShape.isTitleCase(first.text) && !LineShape.isGenericSection(first.text);
    }

    /** Whether the article's lone heading candidates are mostly in Title Case, judged on those with two words or more. */
    static boolean titleCaseHeadings(List<Unit> open) {
        int title = 0;
        int judged = 0;
        for (int i = 0; i + 1 < open.size(); i++) {
            String text = open.get(i).text;
            boolean lone = open.get(i).titleLike() && !open.get(i).prose()
                    && open.get(i + 1).prose() && (i == 0 || !TextLayout.inRun(open.get(i - 1)));
            if (lone && LineShape.contentWords(text).size() >= 2) {
                judged++;
                title += LineShape.isTitleCase(text) ? 1 : 0;
            }
        }
        return judged > 0 && title * 10 >= judged * 6;
    }

    /** Five-letter prefixes of the content words: crude stemming, enough for "partners" to meet "partnership". */
    static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 4 && !LineShape.STOPWORDS.contains(w)) {
                stems.add(w.substring(0, Math.min(5, w.length())));
            }
        }
        return stems;
    }
}
