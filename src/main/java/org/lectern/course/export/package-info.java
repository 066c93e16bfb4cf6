/**
 * Writers of exported question banks: GIFT, Moodle XML, Aiken and QTI 2.1 packages. Each keeps the link from a
 * question to its source sentence as far as its format has room for it; {@link org.lectern.course.QuestionExports}
 * chooses the questions and checks who may have them.
 */
package org.lectern.course.export;
