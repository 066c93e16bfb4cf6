package org.lectern.gradebook.statistics;

/**
 * A statistic as a view shows it.
 *
 * @param text      what is printed: "71.43%", or "—" when undefined
 * @param spoken    what a screen reader should say instead: the same number, or "undefined: needs at least 2
 *                  attempts"; a view prints {@code text} hidden from assistive technology and {@code spoken} for it
 * @param undefined whether the statistic could not be computed
 */
public record StatText(String text, String spoken, boolean undefined) {

    @Override
    public String toString() {
        return text;
    }
}
