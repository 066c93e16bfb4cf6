package org.lectern.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.lectern.content.Article;

/** Asks which lesson a removed line goes back into; it becomes that lesson's last paragraph. */
class RestoreDialog extends Dialog {

    RestoreDialog(Article article, String line, IntConsumer restoreInto) {
        setHeaderTitle("Bring back a removed line");
        var quote = new Paragraph("“" + line + "”");
        quote.addClassName("dropped-text");
        var lesson = new ComboBox<Integer>("Add it to the end of lesson");
        lesson.setItems(IntStream.range(0, article.lessons().size()).boxed().toList());
        lesson.setItemLabelGenerator(i -> (i + 1) + ". " + article.lessons().get(i).title());
        lesson.setValue(article.lessons().size() - 1);
        lesson.setWidthFull();
        add(quote, lesson);
        var restore = new Button("Bring back", click -> {
            if (lesson.getValue() == null) {
                lesson.setInvalid(true);
                lesson.setErrorMessage("Choose a lesson.");
                return;
            }
            restoreInto.accept(lesson.getValue());
            close();
        });
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), restore);
    }
}
