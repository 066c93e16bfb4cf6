package org.lectern.content.read;

import java.util.List;

public final class HtmlParser {
    private HtmlParser() {
    }

    public static Draft parse(String text) {
        return new Draft("", "", List.of(), List.of(), List.of());
    }
}
