package org.lectern.content.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.lectern.content.Article;
import org.lectern.content.QuestionGenerator;
import org.lectern.content.Section;

/** Hand-made articles and questions for tests. */
final class Articles {

    private Articles() {
    }

    /** An article of one lesson whose paragraphs are given. */
    static Article oneLesson(String... paragraphs) {
        return new Article("Test", "", "", List.of(new Section("Lesson", List.of(paragraphs), List.of(), List.of())),
                List.of(), List.of());
    }

    static List<Sentence> sentences(Article article) {
        return new Analyser().analyse(article);
    }

    static Facts facts(Article article) {
        return new Facts(article, sentences(article), new CandidateFinder(Lexicon.INSTANCE),
                QuestionGenerator.latestYear(article));
    }

    /** The candidates found in the first sentence of a one-paragraph article. */
    /** The distinct typed facts a lesson's sentences hold: the measure of how many questions it can carry. */
    static Set<String> distinctFacts(Facts facts, int lesson) {
        return facts.sentences.stream().filter(s -> s.lesson() == lesson)
                .flatMap(s -> facts.candidates.get(s.index()).stream()).map(Candidate::key)
                .collect(Collectors.toSet());
    }

    static List<Candidate> candidates(String sentence) {
        Sentence s = sentences(oneLesson(sentence)).get(0);
        return new CandidateFinder(Lexicon.INSTANCE).find(s);
    }

    static GeneratedQuestion question(QuestionKind kind, String stem, List<String> options, int answer,
                                      String source) {
        return new GeneratedQuestion("q-test", kind, stem, options, answer,
                new SourceSentence(0, 0, 0, source.length(), source), "The article says: “" + source + "”",
                List.of());
    }

    static GeneratedQuestion gap(String stem, List<String> options, int answer, String source) {
        return question(QuestionKind.GAP_FILL, stem, options, answer, source);
    }

    static List<String> list(String... items) {
        return new ArrayList<>(List.of(items));
    }
}
