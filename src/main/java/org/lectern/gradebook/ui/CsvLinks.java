package org.lectern.gradebook.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.lectern.gradebook.CsvFile;
import org.lectern.gradebook.GradebookExports;
import org.lectern.gradebook.GradebookFilter;
import org.springframework.security.access.AccessDeniedException;

/**
 * The gradebook's downloads: the grid as filtered, and every attempt with its answers. Each file is made when its
 * link is followed, from the data as it is then; the grid link is remade whenever the filters change, so it
 * carries the filter it was drawn with and reads no component state outside the UI's lock.
 */
class CsvLinks extends Div {

    private final GradebookExports exports;
    private final long instructorId;
    private final Anchor grid = new Anchor();

    CsvLinks(GradebookExports exports, long instructorId) {
        this.exports = exports;
        this.instructorId = instructorId;
        addClassName("gb-downloads");
        grid.setText("Download this grid (CSV)");
        var answers = new Anchor(handler(() -> exports.answers(instructorId)), AttachmentType.DOWNLOAD,
                "Download every answer (CSV)");
        grid.addClassName("gb-download");
        answers.addClassName("gb-download");
        answers.setTitle("A row per attempt and question, for every assignment of yours, whatever the filters");
        add(grid, answers);
    }

    void show(GradebookFilter filter) {
        grid.setHref(handler(() -> exports.grid(instructorId, filter)), AttachmentType.DOWNLOAD);
    }

    /** Makes a file; the export checks the instructor's ownership. */
    private interface Export extends Serializable {
        CsvFile file();
    }

    private static DownloadHandler handler(Export export) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                var file = export.file();
                return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(),
                        CsvFile.CONTENT_TYPE, file.bytes().length);
            } catch (AccessDeniedException classGoneSinceThePageWasDrawn) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND, classGoneSinceThePageWasDrawn.getMessage());
            }
        });
    }
}
