package org.lectern.content.read;

/** The three kinds of file the reader understands. */
enum Format {
    TEXT, MARKDOWN, HTML
}
