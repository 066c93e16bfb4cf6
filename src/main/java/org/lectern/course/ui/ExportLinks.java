package org.lectern.course.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.lectern.course.ExportFile;
import org.lectern.course.ExportFormat;
import org.lectern.course.NothingToExportException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Download links for a course's or a lesson's approved questions, one per export format. The file is made when
 * the link is followed, so it holds the questions as they are then.
 */
class ExportLinks extends Div {

    /** Makes the export file for a format; the caller checks the instructor's ownership. */
    interface Export extends Serializable {
        ExportFile file(ExportFormat format);
    }

    ExportLinks(String what, long approved, Export export) {
        addClassName("exp-links");
        var label = new Span("Export " + what + ":");
        label.addClassName("exp-label");
        add(label);
        if (approved == 0) {
            var none = new Span("approve questions to export them.");
            none.addClassName("exp-none");
            add(none);
            return;
        }
        for (var format : ExportFormat.values()) {
            var link = new Anchor(DownloadHandler.fromInputStream(event -> download(export, format)),
                    AttachmentType.DOWNLOAD, format.label());
            link.addClassName("exp-link");
            link.getElement().setAttribute("title", format == ExportFormat.AIKEN
                    ? "Aiken keeps stems, options and answers only: no ids, sources or explanations."
                    : format.label() + ", with each question's id and source sentence");
            add(link);
        }
    }

    private static DownloadResponse download(Export export, ExportFormat format) {
        try {
            var file = export.file(format);
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), file.contentType(),
                    file.bytes().length);
        } catch (NothingToExportException | AccessDeniedException e) {
            // Questions were retired, or the course changed hands, since the page was drawn.
            return DownloadResponse.error(HttpStatusCode.NOT_FOUND, e.getMessage());
        }
    }
}
