package org.lectern.course.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.course.BankQuestion;
import org.lectern.course.ExportFormat;
import org.lectern.course.QuestionStatus;

/** Each format read back gives the questions written, special characters and all. */
class ExportWritersTest {

    static final String EVERY_SPECIAL = "Which of ~ = # { } : \\ and <b>&amp;</b> \"quotes\" 'too' ]]> -- "
            + "Ünïcödé “curly” 中文 // not a comment\non a second line?";

    private static final BankQuestion PLAIN = question("q0001", "Who founded the Hanseatic League?",
            List.of("Merchants of Lübeck", "The Pope", "Vikings", "Romans"), 0, "",
            "The league was founded by merchants of Lübeck.", 0, 0, 46);
    private static final BankQuestion SPECIAL = question("h00ff", EVERY_SPECIAL,
            List.of("ANSWER: B", "B. reads like an option", "{braces} and a \\backslash\\", "Half = 50% # not feedback"),
            2, "Explained with ####, ]]> and a\nline break.", "A sentence with ~ = # { } : \\ and\ta tab.", 2, 17, 58);
    private static final BankQuestion OPTION_LIKE = question("h0a0b", "A. Smith wrote which book?",
            List.of("One", "Two", "Three", "Four"), 3, "", "Smith wrote four.", 1, 0, 17);
    private static final BankQuestion ANSWER_LIKE = question("h0c0d", "ANSWER: what is it?",
            List.of("One", "Two"), 1, "", "It is two.", 1, 18, 28);

    private static final ExportSet SET = new ExportSet("course-7", "Trade / Power", 2, List.of(
            new ExportLesson(11, 1, "Origins", List.of(PLAIN, SPECIAL)),
            new ExportLesson(12, 3, "Decline: the end/after", List.of(OPTION_LIKE, ANSWER_LIKE))));

    @Test
    void giftReadBackGivesEveryStemOptionAnswerAndSourceLink() {
        var gift = text(ExportFormat.GIFT);

        assertThat(GiftReader.read(gift)).isEqualTo(Expected.gift(SET));
        assertThat(gift).contains("::h00ff::[plain]Which of \\~ \\= \\# \\{ \\} \\: \\\\ and")
                .contains("// not a comment\\non a second line? {\n");
    }

    @Test
    void giftEscapesEachSpecialCharacterWithABackslashAndLineBreaksAsBackslashN() {
        assertThat(GiftWriter.escape("~=#{}:\\")).isEqualTo("\\~\\=\\#\\{\\}\\:\\\\");
        assertThat(GiftWriter.escape("one\r\ntwo\nthree")).isEqualTo("one\\ntwo\\nthree");
        assertThat(GiftReader.unescape(GiftWriter.escape(EVERY_SPECIAL))).isEqualTo(EVERY_SPECIAL);
    }

    @Test
    void giftKeepsTheSourceInACommentAndTheLessonAsACategoryWithItsSlashDoubled() {
        var gift = text(ExportFormat.GIFT);

        assertThat(gift).contains("\n// source L1.P3.C17-58: A sentence with ~ = # { } : \\ and a tab.\n::h00ff::")
                .contains("\n$CATEGORY: $course$/top/Trade // Power/3. Decline: the end//after\n");
        assertThat(gift.split("\n\\s*\n")).as("no blank line inside a question").allSatisfy(block ->
                assertThat(block.chars().filter(c -> c == '{').count())
                        .isEqualTo(block.chars().filter(c -> c == '}').count()));
    }

    @Test
    void moodleXmlReadBackGivesIdnumberTagsAndTheSourceSentenceInTheGeneralFeedback() throws Exception {
        var read = MoodleXmlReader.read(ExportWriters.write(ExportFormat.MOODLE_XML, SET));

        assertThat(read).isEqualTo(Expected.moodleXml(SET));
        assertThat(read.get(1).explanation()).isEqualTo("Explained with ####, ]]> and a\nline break.");
    }

    @Test
    void aikenReadBackGivesStemsOptionsAndAnswersEvenWhenTheyLookLikeAikenLines() {
        var aiken = text(ExportFormat.AIKEN);
        var read = AikenReader.read(aiken);

        assertThat(read).isEqualTo(Expected.aiken(SET));
        assertThat(read).extracting(ReadQuestion::stem).containsExactly("Who founded the Hanseatic League?",
                EVERY_SPECIAL.replace('\n', ' '), "Question: A. Smith wrote which book?",
                "Question: ANSWER: what is it?");
        assertThat(read.get(1).options()).containsExactly("ANSWER: B", "B. reads like an option",
                "{braces} and a \\backslash\\", "Half = 50% # not feedback");
    }

    @Test
    void qtiPackageHasAManifestAndOneParsableItemPerQuestionWithItsSourceInTheManifest() throws Exception {
        var zip = ExportWriters.write(ExportFormat.QTI21, SET);

        assertThat(QtiReader.entries(zip).keySet()).containsExactly("imsmanifest.xml", "items/q0001.xml",
                "items/h00ff.xml", "items/h0a0b.xml", "items/h0c0d.xml");
        assertThat(QtiReader.read(zip)).isEqualTo(Expected.qti(SET));
    }

    @Test
    void theSameQuestionsGiveTheSameBytesInEveryFormat() {
        for (var format : ExportFormat.values()) {
            assertThat(ExportWriters.write(format, SET)).as(format.name())
                    .isEqualTo(ExportWriters.write(format, SET));
        }
    }

    @Test
    void charactersXmlCannotHoldAreDroppedSoTheFileStillParses() throws Exception {
        var controls = question("q0002", "Bell\u0007 and NUL\u0000 here?", List.of("a\u0001", "b"), 0, "",
                "Sentence\u001b.", 0, 0, 9);
        var set = new ExportSet("lesson-1", "Controls", 1, List.of(new ExportLesson(1, 1, "One", List.of(controls))));

        var moodle = MoodleXmlReader.read(ExportWriters.write(ExportFormat.MOODLE_XML, set));
        var qti = QtiReader.read(ExportWriters.write(ExportFormat.QTI21, set));

        assertThat(moodle.getFirst().stem()).isEqualTo("Bell and NUL here?");
        assertThat(qti.getFirst().options()).containsExactly("a", "b");
        assertThat(qti.getFirst().sourceSentence()).isEqualTo("Sentence.");
    }

    @Test
    void fileNamesUseOnlySafeCharactersFromTheCourseTitle() {
        assertThat(FileNames.forCourse("Chinese & Russian Relations: Central Asia (2024)", ExportFormat.GIFT))
                .isEqualTo("chinese-russian-relations-central-asia-2024.gift.txt");
        assertThat(FileNames.forLesson("Ünïcödé/../../etc", 3, ExportFormat.QTI21))
                .isEqualTo("unicode-etc-lesson-3.qti21.zip");
        assertThat(FileNames.forCourse("中文", ExportFormat.MOODLE_XML)).isEqualTo("course.moodle.xml");
    }

    private static String text(ExportFormat format) {
        return new String(ExportWriters.write(format, SET), StandardCharsets.UTF_8);
    }

    static BankQuestion question(String id, String stem, List<String> options, int correct, String explanation,
                                 String sentence, int paragraph, int start, int end) {
        return new BankQuestion(id, "HAND_WRITTEN", stem, options, correct, explanation, sentence, List.of(),
                QuestionStatus.APPROVED, paragraph, start, end, 0, List.of());
    }
}
