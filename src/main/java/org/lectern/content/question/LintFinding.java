package org.lectern.content.question;

/**
 * Why the lint turned a question (or a bank) down.
 *
 * @param rule   which rule was broken
 * @param detail what in the question broke it, for the instructor's eyes
 */
public record LintFinding(LintRule rule, String detail) {
}
