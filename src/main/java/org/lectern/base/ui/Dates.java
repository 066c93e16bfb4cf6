package org.lectern.base.ui;

import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as every page shows them: in the browser's time zone, named, and relative where that reads better. */
public final class Dates {

    /** Day first and a 24-hour clock, like the date pickers, with the zone named so no one has to guess. */
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH);

    private Dates() {
    }

    public static String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }

    /** "in 3 days", "in 5 hours", "2 days ago", "in 10 minutes", "just now". */
    public static String relative(Instant instant, Instant now) {
        var gap = Duration.between(now, instant);
        var future = !gap.isNegative();
        var size = gap.abs();
        String amount;
        if (size.toMinutes() < 1) {
            return "just now";
        } else if (size.toHours() < 1) {
            amount = plural(size.toMinutes(), "minute");
        } else if (size.toDays() < 2) {
            amount = plural(size.toHours(), "hour");
        } else {
            amount = plural(Math.round(size.toHours() / 24.0), "day");
        }
        return future ? "in " + amount : amount + " ago";
    }

    /** A duration as "4 min 05 s" or "1 h 02 min". */
    public static String length(Duration duration) {
        var seconds = Math.max(0, duration.toSeconds());
        if (seconds >= 3600) {
            return "%d h %02d min".formatted(seconds / 3600, seconds % 3600 / 60);
        }
        return seconds >= 60 ? "%d min %02d s".formatted(seconds / 60, seconds % 60) : seconds + " s";
    }

    /**
     * The browser's time zone when Vaadin has it, else the server's: dates are stored as instants and always shown
     * and entered in this one zone, which the page names.
     */
    public static ZoneId zone(UI ui) {
        try {
            var id = ui.getPage().getExtendedClientDetails().getTimeZoneId();
            if (id != null && !id.isBlank()) {
                return ZoneId.of(id);
            }
        } catch (RuntimeException unavailable) {
            // No client details yet (or an unknown zone id): fall through to the server's zone.
        }
        return ZoneId.systemDefault();
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
