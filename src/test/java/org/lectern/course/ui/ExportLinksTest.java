package org.lectern.course.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.course.CourseImports;
import org.lectern.course.Courses;
import org.lectern.course.ExportFixture;
import org.lectern.course.ExportFormat;
import org.lectern.course.QuestionBank;
import org.lectern.course.QuestionExports;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.lectern.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The course page and the lesson review offer the question bank in every format, and the links send it. */
@SpringBootTest
@WithMockUser(username = ExportLinksTest.INSTRUCTOR, roles = "INSTRUCTOR")
class ExportLinksTest extends SpringBrowserlessTest {

    static final String INSTRUCTOR = "export-links-teacher";

    @Autowired
    Accounts accounts;
    @Autowired
    CourseImports imports;
    @Autowired
    Courses courses;
    @Autowired
    QuestionBank bank;
    @Autowired
    QuestionExports exports;

    private long instructorId;
    private ExportFixture course;

    @BeforeEach
    void aReviewedCourse() {
        instructorId = TestAccounts.signedIn(accounts, INSTRUCTOR, Role.INSTRUCTOR).accountId();
        course = ExportFixture.create(instructorId, "links-" + System.nanoTime() + ".md", imports, courses, bank);
    }

    @Test
    void theCoursePageLinksEveryFormatAndEachLinkSendsTheCoursesExport() throws Exception {
        navigate("instructor/courses/" + course.courseId(), CourseView.class);

        assertThat(links()).extracting(Anchor::getText).containsExactly("GIFT", "Moodle XML", "Aiken", "QTI 2.1");
        for (var format : ExportFormat.values()) {
            var expected = exports.course(course.courseId(), format, instructorId);
            var sent = Downloads.follow(link(format));
            assertThat(sent.bytes()).as(format.label()).isEqualTo(expected.bytes());
            assertThat(sent.contentType()).isEqualTo(format.contentType());
            assertThat(sent.headers().get("Content-Disposition")).as(format.label())
                    .startsWith("attachment").contains(expected.fileName());
        }
    }

    @Test
    void theLessonReviewLinksTheLessonsExport() throws Exception {
        navigate("instructor/lessons/" + course.firstLessonId(), LessonReviewView.class);

        var sent = Downloads.follow(link(ExportFormat.QTI21));

        assertThat(sent.bytes()).isEqualTo(
                exports.lesson(course.firstLessonId(), ExportFormat.QTI21, instructorId).bytes());
        assertThat(link(ExportFormat.AIKEN).getElement().getAttribute("title")).contains("no ids, sources");
    }

    @Test
    void aLessonWithNothingApprovedSaysSoInsteadOfOfferingEmptyFiles() {
        navigate("instructor/lessons/" + course.draftLessonId(), LessonReviewView.class);

        assertThat(links()).isEmpty();
        assertThat($(Span.class).withClassName("exp-none").single().getText())
                .isEqualTo("approve questions to export them.");
    }

    @Test
    void aCourseWithNothingApprovedSaysSoToo() throws Exception {
        var drafts = imports.importArticle("drafts-" + System.nanoTime() + ".md",
                Files.readAllBytes(Path.of("src/test/resources/articles/hanseatic-league.md")), instructorId);

        navigate("instructor/courses/" + drafts.courseId(), CourseView.class);

        assertThat(links()).isEmpty();
        assertThat($(Span.class).withClassName("exp-none").all()).hasSize(1);
    }

    private List<Anchor> links() {
        return $(Anchor.class).withClassName("exp-link").all();
    }

    private Anchor link(ExportFormat format) {
        return links().stream().filter(a -> a.getText().equals(format.label())).findFirst().orElseThrow();
    }
}
