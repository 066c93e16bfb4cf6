package org.lectern.content.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one multiple-choice question, generated or hand-edited, against the rules a fair question meets. An empty
 * list means the question passes.
 */
public final class QuestionLint {

    private static final Pattern ABOVE = Pattern.compile("\\b(all|none|both|neither) of the (above|these|options)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEBRIS = Pattern.compile(
            "\\s['’]s\\b|\\sn['’]t\\b|\\s[,.;:!?%)\\]]|[(\\[]\\s|``|''|-LRB-|-RRB-|\\s['’](\\s|$)");
    private static final Pattern A_BLANK = Pattern.compile("\\b(a|an)\\s+" + Pattern.quote(Text.BLANK),
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> CONNECTIVES = Set.of("however", "moreover", "thus", "therefore", "also", "still",
            "furthermore", "meanwhile", "besides", "then", "so", "and", "but", "yet", "hence");

    private final Lexicon lexicon;

    public QuestionLint() {
        this.lexicon = Lexicon.INSTANCE;
    }

    public List<LintFinding> check(GeneratedQuestion q, LintContext context) {
        List<LintFinding> out = new ArrayList<>();
        List<String> options = q.options();
        if (options.size() != 4 || q.answer() < 0 || q.answer() >= options.size()) {
            out.add(new LintFinding(LintRule.TOO_FEW_DISTINCT_OPTIONS, "a question needs exactly four options"));
            return out;
        }
        String correct = q.correctOption();
        String source = " " + Text.normalise(q.source().text()) + " ";
        if (Text.normalise(correct).isEmpty() || !source.contains(" " + Text.normalise(correct) + " ")) {
            out.add(new LintFinding(LintRule.ANSWER_NOT_IN_SOURCE, "“" + correct + "” is not in the source sentence"));
        }
        givesAway(q).ifPresent(out::add);
        Set<String> distinct = new HashSet<>(options.stream().map(Text::normalise).toList());
        if (distinct.size() < 4 || distinct.contains("")) {
            out.add(new LintFinding(LintRule.TOO_FEW_DISTINCT_OPTIONS, "options repeat once case and punctuation go"));
        }
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                String a = " " + Text.normalise(options.get(i)) + " ";
                String b = Text.normalise(options.get(j));
                if (i != j && !b.isEmpty() && !a.strip().equals(b) && a.contains(" " + b + " ")) {
                    out.add(new LintFinding(LintRule.OPTION_INSIDE_ANOTHER, "“" + options.get(j) + "” is inside “"
                            + options.get(i) + "”"));
                }
            }
        }
        options.stream().filter(o -> ABOVE.matcher(o).find()).findFirst().ifPresent(o ->
                out.add(new LintFinding(LintRule.ALL_OR_NONE_OF_THE_ABOVE, "“" + o + "”")));
        if (options.stream().map(QuestionLint::format).distinct().count() > 1) {
            out.add(new LintFinding(LintRule.MIXED_OPTION_TYPES, "options are not all of one type and format: "
                    + options.stream().map(QuestionLint::format).toList()));
        }
        for (int i = 0; i < 4; i++) {
            if (i != q.answer() && context.states(q.stem(), options.get(i), q.kind())) {
                out.add(new LintFinding(LintRule.DISTRACTOR_STATED_TRUE, "the article states “" + options.get(i)
                        + "” here"));
            }
        }
        var article = A_BLANK.matcher(q.stem());
        if (article.find()) {
            boolean an = article.group(1).equalsIgnoreCase("an");
            options.stream().filter(o -> Text.takesAn(o) != an).findFirst().ifPresent(o -> out.add(new LintFinding(
                    LintRule.ARTICLE_FITS_SOME_OPTIONS, "“" + article.group(1) + "” does not fit “" + o + "”")));
        }
        options.stream().filter(o -> Numbers.isYear(o) && Integer.parseInt(o.strip()) > context.articleYear())
                .findFirst().ifPresent(o -> out.add(new LintFinding(LintRule.YEAR_AFTER_ARTICLE_DATE,
                        o + " is after the article's date, " + context.articleYear())));
        if (options.stream().allMatch(QuestionLint::isNumeric)) {
            for (int i = 1; i < 4; i++) {
                if (Numbers.value(options.get(i)).get() <= Numbers.value(options.get(i - 1)).get()) {
                    out.add(new LintFinding(LintRule.NUMBERS_NOT_ASCENDING, "numeric options must ascend"));
                    break;
                }
            }
        }
        int words = Text.wordCount(q.stem());
        if (words < 6 || words > 45) {
            out.add(new LintFinding(LintRule.STEM_LENGTH, "the stem has " + words + " words; 6 to 45 read well"));
        }
        if (DEBRIS.matcher(q.stem()).find() || options.stream().anyMatch(o -> DEBRIS.matcher(o).find())) {
            out.add(new LintFinding(LintRule.TOKENIZER_DEBRIS, "detached punctuation or clitic, as in “China 's”"));
        }
        openingPronoun(q.stem()).ifPresent(p -> out.add(new LintFinding(LintRule.DANGLING_PRONOUN,
                "the stem opens with “" + p + "”, whose referent is not in it")));
        return out;
    }

    private Optional<LintFinding> givesAway(GeneratedQuestion q) {
        String correct = q.correctOption();
        // When all options share their initials, an abbreviation in the stem cannot single out the answer.
        boolean sharedInitials = q.options().stream().map(Text::initials).distinct().count() == 1;
        List<String> stemWords = Text.words(q.stem()).stream().filter(w -> !(sharedInitials && Text.isAcronym(w)))
                .toList();
        String content = String.join(" ", LintContext.frameless(String.join(" ", stemWords)));
        boolean shared = Related.mentions(content, correct, lexicon);
        boolean alias = stemWords.stream().anyMatch(w -> w.length() > 1 && Character.isUpperCase(w.charAt(0))
                && (Text.isAcronym(w) || !LintContext.frameless(w).isEmpty()) && Related.related(w, correct, lexicon));
        boolean expansion = Text.isAcronym(correct) && spellsAcronym(stemWords, correct);
        if (shared || alias || expansion) {
            return Optional.of(new LintFinding(LintRule.STEM_GIVES_ANSWER_AWAY,
                    "the stem shares a word, alias, demonym or abbreviation with “" + correct + "”"));
        }
        return Optional.empty();
    }

    /** Whether consecutive capitalised words of the stem have the acronym's letters as initials. */
    private static boolean spellsAcronym(List<String> words, String acronym) {
        String letters = acronym.replace(".", "");
        for (int i = 0; i + letters.length() <= words.size(); i++) {
            StringBuilder initials = new StringBuilder();
            for (int j = i; j < words.size() && initials.length() < letters.length(); j++) {
                String w = words.get(j);
                if (Character.isUpperCase(w.charAt(0))) {
                    initials.append(w.charAt(0));
                } else if (!Text.STOP.contains(w)) {
                    break;
                }
            }
            if (initials.length() == letters.length() && Acronyms.sameLetters(initials.toString(), letters)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> openingPronoun(String stem) {
        List<String> words = Text.words(stem);
        int i = 0;
        while (i < words.size() && CONNECTIVES.contains(words.get(i).toLowerCase(Locale.ROOT))) {
            i++;
        }
        if (i < words.size() && Text.PRONOUNS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
            return Optional.of(words.get(i));
        }
        return Optional.empty();
    }

    /** A short option built around one number; a sentence that holds a number is words. */
    static boolean isNumeric(String option) {
        return Numbers.parse(option).isPresent() && Text.wordCount(option) <= 4;
    }

    /** The type and format an option is written in: year, money, percentage, other number, or words. */
    static String format(String option) {
        String o = option.strip();
        if (Numbers.isYear(o)) {
            return "year";
        }
        Optional<Numbers.Parsed> p = Numbers.parse(o);
        if (p.isPresent() && isNumeric(o)) {
            String f = p.get().format();
            return o.contains("%") || o.toLowerCase(Locale.ROOT).contains("cent") ? "percentage " + f
                    : o.matches(".*[$€£].*") ? "money " + f : "number " + f;
        }
        return "words";
    }
}
