package org.lectern.content.read;

import java.util.List;

import org.lectern.content.DroppedLine;
import org.lectern.content.Endnote;

/**
 * What a format parser hands to the {@link ArticleAssembler}: typed blocks in reading order, the endnotes it found,
 * the lines it already dropped, and the title and author when the markup states them (empty otherwise).
 * {@code shaped} says the parser already judged every paragraph by its shape (plain text does); markup parsers
 * trust their tags, so the assembler judges their paragraphs. {@code summary} is what the source states about
 * itself (a web page's description), empty when it states nothing; when it is given, no lead paragraph is taken
 * for the summary.
 */
record Draft(String title, String author, String summary, List<Block> blocks, List<Endnote> endnotes,
                    List<DroppedLine> dropped, boolean shaped) {

    public Draft {
        blocks = List.copyOf(blocks);
        endnotes = List.copyOf(endnotes);
        dropped = List.copyOf(dropped);
    }

    Draft(String title, String author, List<Block> blocks, List<Endnote> endnotes, List<DroppedLine> dropped,
          boolean shaped) {
        this(title, author, "", blocks, endnotes, dropped, shaped);
    }
}
