package org.lectern.content.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.lectern.content.Article;

/**
 * The generator's stages in order: analyse sentences, find typed candidates, draft questions of every kind with
 * distractors, lint each draft, choose the best per lesson, then order options across the bank and give ids.
 */
public final class QuestionPipeline {

    private final String version;
    /** What was drafted and why drafts were turned down, for tests and tuning; reset on every run. */
    final List<String> trace = new ArrayList<>();

    public QuestionPipeline(String version) {
        this.version = version;
    }

    public GeneratedBank generate(Article article, int articleYear) {
        Linted linted = lintedDrafts(article, articleYear);
        LintContext context = linted.context();
        QuestionLint lint = new QuestionLint();
        int[] rejected = linted.rejected();
        List<Draft> passed = linted.passed();
        List<List<Draft>> chosen = new Selection(article.lessons().size()).choose(passed);

        AnswerOrder order = new AnswerOrder();
        List<LessonBank> lessons = new ArrayList<>();
        for (int l = 0; l < chosen.size(); l++) {
            List<GeneratedQuestion> questions = new ArrayList<>();
            for (Draft d : chosen.get(l)) {
                GeneratedQuestion q = finished(d, order.place(d));
                List<LintFinding> findings = lint.check(q, context);
                if (findings.isEmpty()) {
                    questions.add(q);
                } else {
                    trace.add("placed and rejected: " + q.stem() + " | " + q.options() + " " + findings);
                    rejected[l]++;
                }
            }
            lessons.add(new LessonBank(l, questions, rejected[l]));
        }
        return new GeneratedBank(lessons);
    }

    /**
     * Every question the lint accepts for one sentence, best first, whether or not the bank kept it: the choices an
     * instructor gets when asking for another question from the same sentence.
     */
    public List<GeneratedQuestion> alternatives(Article article, int articleYear, int lesson, String sentence) {
        return lintedDrafts(article, articleYear).passed().stream()
                .filter(d -> d.source().lesson() == lesson && d.source().source().text().equals(sentence))
                .sorted(Comparator.comparingDouble(Draft::score).reversed())
                .map(this::provisional).toList();
    }

    private record Linted(LintContext context, List<Draft> passed, int[] rejected) {
    }

    /** Analyses the article, drafts questions of every kind and keeps those the lint accepts. */
    private Linted lintedDrafts(Article article, int articleYear) {
        List<Sentence> sentences = new Analyser().analyse(article);
        Lexicon lexicon = Lexicon.INSTANCE;
        Facts facts = new Facts(article, sentences, new CandidateFinder(lexicon), articleYear);
        LintContext context = new LintContext(articleYear, sentences.stream().map(Sentence::text).toList());
        Distractors distractors = new Distractors(facts, lexicon);
        Scoring scoring = new Scoring(facts);
        List<Double> scores = sentences.stream().map(s -> scoring.sentence(s, facts.candidates.get(s.index())))
                .toList();

        List<Draft> drafts = new ArrayList<>();
        trace.clear();
        Judge judge = new Judge(facts, distractors.kinds(), lexicon);
        ClauseQuestions clauses = new ClauseQuestions(facts, distractors, context, judge, trace::add);
        for (Sentence s : sentences) {
            if (Scoring.usable(s)) {
                drafts.addAll(clauses.drafts(s, facts.candidates.get(s.index()), scores.get(s.index()),
                        scoring.centrality(s)));
            }
        }
        drafts.addAll(new Definitions(facts, judge, trace::add).drafts(Definitions.find(sentences), scores));

        QuestionLint lint = new QuestionLint();
        int[] rejected = new int[article.lessons().size()];
        List<Draft> passed = new ArrayList<>();
        for (Draft d : drafts) {
            List<LintFinding> findings = lint.check(provisional(d), context);
            trace.add(String.format(java.util.Locale.ROOT, "%.2f %s %s | %s | %s %s", d.score(), d.kind(), d.stem(),
                    d.answer(), d.distractors(), findings));
            if (findings.isEmpty()) {
                passed.add(d);
            } else {
                rejected[d.source().lesson()]++;
            }
        }
        return new Linted(context, passed, rejected);
    }

    /**
     * The draft's score on the 0-100 scale an instructor reads: {@link Selection#MIN_SCORE}, the bar a kept question
     * clears, is 50; a point of score is 12.
     */
    static int quality(double score) {
        return (int) Math.max(0, Math.min(100, Math.round(50 + (score - Selection.MIN_SCORE) * 12)));
    }

    private GeneratedQuestion provisional(Draft d) {
        return finished(d, new AnswerOrder().place(d));
    }

    private GeneratedQuestion finished(Draft d, AnswerOrder.Placed placed) {
        SourceSentence source = d.source().source();
        return new GeneratedQuestion(QuestionIds.id(version, d.kind(), source.text(), d.answer()), d.kind(), d.stem(),
                placed.options(), placed.answer(), source, d.explanation(), d.source().citations(),
                quality(d.score()), d.reasons());
    }
}
