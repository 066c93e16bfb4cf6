package org.lectern.course;

/** A course or lesson with no approved question: an export would be an empty file, so there is none. */
public class NothingToExportException extends RuntimeException {

    public NothingToExportException(String message) {
        super(message);
    }
}
