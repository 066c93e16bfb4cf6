package org.lectern.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lectern.content.question.GeneratedBank;
import org.lectern.content.question.GeneratedQuestion;
import org.lectern.content.question.LessonBank;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of an imported course, as {@code import --dry-run --json} prints it. */
public final class CourseJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonMapper LINES = JsonMapper.builder().build();

    private CourseJson() {
    }

    /** The course as indented JSON; its bytes also fingerprint an article, so its form must stay stable. */
    public static String write(Article article, GeneratedBank bank) {
        return MAPPER.writeValueAsString(json(article, bank));
    }

    /** The course on one line with the file it came from as its first key: one line of a JSON Lines listing. */
    public static String line(String source, Article article, GeneratedBank bank) {
        var course = json(article, bank);
        return LINES.writeValueAsString(new SourcedJson(source, course.title(), course.author(), course.summary(),
                course.language(), course.lessons(), course.endnotes()));
    }

    /** The JSON Lines entry for a refused file. */
    public static String refused(String source, String error) {
        return LINES.writeValueAsString(new RefusedJson(source, error));
    }

    private static ArticleJson json(Article article, GeneratedBank bank) {
        var notes = article.endnotes().stream().collect(Collectors.toMap(Endnote::number, Function.identity(),
                (first, second) -> first));
        var banks = bank.lessons().stream().collect(Collectors.toMap(LessonBank::lesson, Function.identity()));
        var lessons = new ArrayList<LessonJson>();
        for (int i = 0; i < article.lessons().size(); i++) {
            var section = article.lessons().get(i);
            var lessonBank = banks.getOrDefault(i, new LessonBank(i, List.of(), 0));
            lessons.add(new LessonJson(section.title(), section.paragraphs(), section.captions(),
                    section.headings().stream().map(h -> new HeadingJson(h.paragraph(), h.level(), h.title())).toList(),
                    citations(section, notes), lessonBank.questions().stream().map(CourseJson::question).toList(),
                    lessonBank.rejected()));
        }
        var endnotes = article.endnotes().stream().map(n -> new NoteJson(n.number(), n.text(), n.url())).toList();
        return new ArticleJson(article.title(), article.author(), article.summary(), article.language(), lessons,
                endnotes);
    }

    /** The endnotes a lesson cites, each once, in the order the lesson first cites them. */
    private static List<NoteJson> citations(Section section, Map<Integer, Endnote> notes) {
        var numbers = new LinkedHashSet<Integer>();
        section.citations().forEach(c -> numbers.add(c.endnote()));
        return numbers.stream().filter(notes::containsKey).map(notes::get)
                .map(n -> new NoteJson(n.number(), n.text(), n.url())).toList();
    }

    private static QuestionJson question(GeneratedQuestion q) {
        return new QuestionJson(q.id(), q.kind().name(), q.stem(), q.options(), q.answer(), q.source().text(),
                q.explanation(), q.quality(), q.reasons());
    }

    record ArticleJson(String title, String author, String summary, String language, List<LessonJson> lessons,
                       List<NoteJson> endnotes) {
    }

    record SourcedJson(String source, String title, String author, String summary, String language,
                       List<LessonJson> lessons, List<NoteJson> endnotes) {
    }

    record RefusedJson(String source, String error) {
    }

    record HeadingJson(int paragraph, int level, String title) {
    }

    record LessonJson(String title, List<String> paragraphs, List<String> captions, List<HeadingJson> headings,
                      List<NoteJson> citations,
                      List<QuestionJson> questions, int rejected) {
    }

    record NoteJson(int number, String text, String url) {
    }

    record QuestionJson(String id, String kind, String stem, List<String> options, int answer, String sourceSentence,
                        String explanation, int quality, List<String> reasons) {
    }
}
