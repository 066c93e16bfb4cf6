package org.lectern.attempt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.course.LessonContent;

/** The lesson as a student reads it, built without a browser. */
class ReadingTextTest {

    @Test
    void subsectionHeadingsStandBeforeTheirParagraphsAndTheTextKeepsItsLanguage() {
        var content = new LessonContent(1, 2, "Course", "Lesson", List.of("First.", "Second.", "Third."), List.of(),
                List.of(), List.of(), List.of(new LessonContent.Heading(1, 1, "Part A"),
                        new LessonContent.Heading(2, 2, "Part A.1")), "fr");

        var text = new ReadingText(content, -1);

        List<String> order = text.getChildren().map(ReadingTextTest::describe).toList();
        assertThat(order).containsExactly("p:First.", "h2:Part A", "p:Second.", "h3:Part A.1", "p:Third.");
        assertThat(text.getElement().getAttribute("lang")).isEqualTo("fr");
    }

    private static String describe(Component c) {
        if (c instanceof H2 h) {
            return "h2:" + h.getText();
        }
        if (c instanceof H3 h) {
            return "h3:" + h.getText();
        }
        return c instanceof Paragraph p ? "p:" + p.getElement().getTextRecursively() : c.getClass().getSimpleName();
    }
}
