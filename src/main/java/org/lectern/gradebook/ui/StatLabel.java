package org.lectern.gradebook.ui;

import com.vaadin.flow.component.html.Span;
import org.lectern.gradebook.statistics.StatText;

/**
 * A statistic in a view. A defined one is its text; an undefined one shows "—" to the eye and says "undefined" and
 * why to a screen reader, which would otherwise read the dash as nothing or as "em dash".
 */
public class StatLabel extends Span {

    public StatLabel(StatText stat) {
        addClassName("chart-stat");
        if (stat.undefined()) {
            var dash = new Span(stat.text());
            dash.getElement().setAttribute("aria-hidden", "true");
            var spoken = new Span(stat.spoken());
            spoken.addClassName("chart-sr-only");
            add(dash, spoken);
            setTitle(stat.spoken());
        } else {
            setText(stat.text());
        }
    }
}
