package org.lectern.gradebook.chart;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes one SVG element tree as text. Geometry and font sizes live here in Java; colours come from the CSS classes
 * each element carries, so the charts follow Lectern's stylesheet.
 */
final class SvgWriter {

    static final int WIDTH = 360;

    /** Ids for aria-labelledby must be unique on a page that shows several charts. */
    private static final AtomicLong NEXT_ID = new AtomicLong();

    private final StringBuilder out = new StringBuilder(4096);

    /** Opens the root with its accessible name and description; {@code kind} becomes a CSS class. */
    SvgWriter(String kind, double height, String title, String description) {
        String id = "chart-" + NEXT_ID.incrementAndGet();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg chart-").append(kind)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(number(height))
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
    }

    SvgWriter rect(double x, double y, double width, double height, String cssClass, String tooltip) {
        out.append("<rect class=\"").append(cssClass).append("\" x=\"").append(number(x)).append("\" y=\"")
                .append(number(y)).append("\" width=\"").append(number(width)).append("\" height=\"")
                .append(number(height)).append('"');
        return closeWithTooltip("rect", tooltip);
    }

    SvgWriter line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line class=\"").append(cssClass).append("\" x1=\"").append(number(x1)).append("\" y1=\"")
                .append(number(y1)).append("\" x2=\"").append(number(x2)).append("\" y2=\"").append(number(y2))
                .append("\"/>");
        return this;
    }

    SvgWriter circle(double cx, double cy, double r, String cssClass, String tooltip) {
        out.append("<circle class=\"").append(cssClass).append("\" cx=\"").append(number(cx)).append("\" cy=\"")
                .append(number(cy)).append("\" r=\"").append(number(r)).append('"');
        return closeWithTooltip("circle", tooltip);
    }

    SvgWriter polyline(double[] xs, double[] ys, String cssClass) {
        out.append("<polyline class=\"").append(cssClass).append("\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : " ").append(number(xs[i])).append(',').append(number(ys[i]));
        }
        out.append("\"/>");
        return this;
    }

    /** @param anchor start, middle or end */
    SvgWriter text(double x, double y, String anchor, double size, String cssClass, String content) {
        out.append("<text class=\"").append(cssClass).append("\" x=\"").append(number(x)).append("\" y=\"")
                .append(number(y)).append("\" text-anchor=\"").append(anchor).append("\" font-size=\"")
                .append(number(size)).append("\">").append(escape(content)).append("</text>");
        return this;
    }

    /** A text line with a second, differently styled part, such as a label followed by "(review)". */
    SvgWriter text(double x, double y, double size, String cssClass, String content, String extraClass, String extra) {
        out.append("<text class=\"").append(cssClass).append("\" x=\"").append(number(x)).append("\" y=\"")
                .append(number(y)).append("\" font-size=\"").append(number(size)).append("\">")
                .append(escape(content)).append("<tspan class=\"").append(extraClass).append("\">")
                .append(escape(extra)).append("</tspan></text>");
        return this;
    }

    String finish() {
        return out.append("</svg>").toString();
    }

    private SvgWriter closeWithTooltip(String element, String tooltip) {
        if (tooltip == null) {
            out.append("/>");
        } else {
            out.append("><title>").append(escape(tooltip)).append("</title></").append(element).append('>');
        }
        return this;
    }

    /** Coordinates with at most 2 decimals and a dot, whatever the server's locale. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return text.equals("-0") ? "0" : text;
    }

    /**
     * Text safe inside an element or an attribute: the five XML specials escaped and characters XML 1.0 cannot hold
     * (control characters from a pasted question) dropped, so the SVG always parses.
     */
    static String escape(String text) {
        var escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
