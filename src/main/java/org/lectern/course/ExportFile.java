package org.lectern.course;

/**
 * An exported question bank, ready to save or send.
 *
 * @param fileName  a file name made of safe characters only, from the course title
 * @param title     what was exported, for messages: the course title, and the lesson's when only one was
 * @param questions how many questions the file holds
 */
public record ExportFile(String fileName, String contentType, String title, int questions, byte[] bytes) {
}
