package org.lectern.content;

/**
 * A numbered reference from the article's notes list.
 *
 * @param number the number the markers use
 * @param text   the reference as written, without its number
 * @param url    the first web address in the reference, otherwise empty
 */
public record Endnote(int number, String text, String url) {
}
