package org.lectern.content.question;

import java.util.ArrayList;
import java.util.List;

import org.lectern.content.Article;
import org.lectern.content.Citation;
import org.lectern.content.Section;

import opennlp.tools.util.Span;

/** Splits an article's lessons into analysed sentences: tokens, Penn tags, lemmas, cited endnotes. */
final class Analyser {

    private final Nlp nlp = new Nlp();

    List<Sentence> analyse(Article article) {
        List<Sentence> out = new ArrayList<>();
        for (int l = 0; l < article.lessons().size(); l++) {
            Section section = article.lessons().get(l);
            // Citations by paragraph, so that a sentence reads only its own paragraph's markers.
            java.util.Map<Integer, List<Citation>> cited = new java.util.HashMap<>();
            section.citations().forEach(c -> cited.computeIfAbsent(c.paragraph(), k -> new ArrayList<>()).add(c));
            for (int p = 0; p < section.paragraphs().size(); p++) {
                String paragraph = section.paragraphs().get(p);
                List<Citation> markers = cited.getOrDefault(p, List.of());
                for (Span s : nlp.sentences(paragraph)) {
                    String text = paragraph.substring(s.getStart(), s.getEnd());
                    out.add(new Sentence(out.size(), l, p, s.getStart(), s.getEnd(), text, tokens(text),
                            citations(markers, s.getStart(), s.getEnd())));
                }
            }
        }
        return out;
    }

    /** Endnotes whose marker stood inside the sentence or right at its end (markers follow the text they cite). */
    static List<Integer> citations(List<Citation> paragraphMarkers, int start, int end) {
        return paragraphMarkers.stream().filter(c -> c.offset() > start && c.offset() <= end)
                .map(Citation::endnote).distinct().toList();
    }

    private List<Token> tokens(String sentence) {
        List<int[]> spans = new ArrayList<>();
        for (Span t : nlp.tokens(sentence)) {
            split(sentence, t.getStart(), t.getEnd(), spans);
        }
        String[] words = spans.stream().map(s -> sentence.substring(s[0], s[1])).toArray(String[]::new);
        String[] tags = nlp.pennTags(words);
        String[] lemmas = nlp.lemmas(words);
        List<Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String tag = fixTag(words[i], tags[i]);
            out.add(new Token(words[i], spans.get(i)[0], spans.get(i)[1], tag, lemmas[i]));
        }
        return out;
    }

    /**
     * The English model leaves curly possessives ("China’s", "States’") and some numbers glued to their words;
     * splitting them keeps names clean. Offsets stay those of the sentence, so nothing is rebuilt from tokens.
     */
    private static void split(String s, int start, int end, List<int[]> out) {
        String t = s.substring(start, end);
        int cut = -1;
        if (t.length() > 3 && (t.endsWith("'s") || t.endsWith("’s"))) {
            cut = end - 2;
        } else if (t.length() > 2 && (t.endsWith("'") || t.endsWith("’")) && Character.isLetter(t.charAt(t.length() - 2))) {
            cut = end - 1;
        } else if (t.length() > 1 && t.endsWith("%")) {
            cut = end - 1;
        }
        if (cut > start) {
            out.add(new int[] {start, cut});
            out.add(new int[] {cut, end});
        } else {
            out.add(new int[] {start, end});
        }
    }

    private static String fixTag(String word, String tag) {
        if (word.equals("'s") || word.equals("’s") || word.equals("’") || word.equals("'")) {
            return "POS";
        }
        if (word.matches("\\d[\\d,.]*")) {
            return "CD";
        }
        return tag;
    }
}
