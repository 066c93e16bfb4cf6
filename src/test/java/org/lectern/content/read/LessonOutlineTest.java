package org.lectern.content.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lectern.content.read.Fixtures.read;
import static org.lectern.content.read.Fixtures.readResource;
import static org.lectern.content.read.Fixtures.titles;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lectern.content.Article;
import org.lectern.content.DroppedLine;
import org.lectern.content.Section;
import org.lectern.content.Subheading;

/** How headed parts become lessons sized for learning ({@link Outline}), on articles in several formats. */
class LessonOutlineTest {

    private static final String GLACIERS = """
            # How Glaciers Shape Valleys

            ## Ice on the Move

            A glacier is a body of ice thick enough to flow under its own weight, and it moves a few metres to a few \
            hundred metres each year depending on its slope and the water beneath it.

            ### Basal Sliding

            Meltwater at the bed lubricates the ice, so that the whole glacier slides over the rock below it and \
            carries loose stones along with it.

            ### Internal Deformation

            Deep ice behaves like a very slow fluid: its crystals deform under pressure, and the surface moves faster \
            than the ice near the bed.

            ## What the Ice Leaves Behind

            When the glacier retreats it leaves a valley with a wide U-shaped floor, steep walls and ridges of rock \
            debris called moraines that mark where its front once stood.
            """;

    @Test
    void subsectionsStayInsideTheirSectionsLessonAsSubheadings() throws Exception {
        Article glaciers = read("glaciers.md", GLACIERS);
        assertThat(titles(glaciers)).containsExactly("Ice on the Move", "What the Ice Leaves Behind");
        assertThat(glaciers.lessons().getFirst().headings()).containsExactly(
                new Subheading(1, 1, "Basal Sliding"), new Subheading(2, 1, "Internal Deformation"));
        assertThat(glaciers.lessons().getFirst().paragraphs().get(1)).startsWith("Meltwater at the bed");

        Article bees = readResource("abeilles.html");
        assertThat(titles(bees)).containsExactly("Une découverte de Karl von Frisch", "Ce que la danse nous apprend");
        assertThat(bees.lessons().getFirst().headings()).extracting(Subheading::title)
                .containsExactly("La danse en rond", "La danse frétillante");
    }

    @Test
    void aHeadingWhoseTextIsAllInSubsectionsIsKeptAsALesson() throws Exception {
        Article markdown = read("rivers.md", """
                # Rivers

                ## Where Rivers Begin

                ### Springs

                Groundwater that reaches the surface through a crack in the rock becomes a spring, and many rivers \
                start from a cluster of them high in the hills.

                ### Snowmelt

                In mountain ranges the melting snowpack feeds the streams each spring and keeps them flowing through \
                the dry months of early summer.

                ## Where Rivers End

                Most rivers end in the sea, where the current slows and drops the sand and silt it carried, building \
                a delta or filling an estuary over thousands of years.
                """);
        assertThat(titles(markdown)).containsExactly("Where Rivers Begin", "Where Rivers End");
        assertThat(markdown.lessons().getFirst().headings()).extracting(Subheading::paragraph).containsExactly(0, 1);

        Article html = read("volcanoes.html", """
                <html><head><title>Volcanoes</title></head><body><article><h1>Volcanoes</h1>
                <h2>Kinds of Eruption</h2>
                <h3>Effusive eruptions</h3>
                <p>In an effusive eruption runny basalt lava pours out of the vent and spreads in wide flows, as it \
                does on Hawaii, where whole hillsides are built from layer upon layer of it.</p>
                <h3>Explosive eruptions</h3>
                <p>Sticky lava rich in silica traps its gas until the pressure shatters it, and the eruption throws \
                ash and pumice high into the air, far beyond the slopes of the mountain.</p>
                <h2>Living Near a Volcano</h2>
                <p>Volcanic soils are fertile, so farmers have always settled on the slopes despite the danger, and \
                observatories now watch the ground for the swelling that comes before an eruption.</p>
                </article></body></html>""");
        assertThat(titles(html)).containsExactly("Kinds of Eruption", "Living Near a Volcano");
        assertThat(html.lessons().getFirst().headings()).extracting(Subheading::title)
                .containsExactly("Effusive eruptions", "Explosive eruptions");
    }

    @Test
    void aSubheadingWithNothingUnderItIsDropped() throws Exception {
        Article article = read("tides.md", """
                # Tides

                ## The Moon's Pull

                ### Forthcoming

                ### Two Bulges

                The moon pulls the near side of the ocean a little more than the earth's centre and the far side a \
                little less, which raises two bulges of water on opposite sides of the planet.

                ## Spring and Neap Tides

                When the sun and the moon line up their pulls add together and the tides run high; when they stand at \
                right angles the tides are weak, and these are called neap tides.
                """);
        assertThat(article.lessons().getFirst().headings()).extracting(Subheading::title).containsExactly("Two Bulges");
        assertThat(article.dropped()).extracting(DroppedLine::text).contains("Forthcoming");
    }

    @Test
    void aVeryLongSectionSplitsAtItsSubsections() throws Exception {
        var text = new StringBuilder("# A Field Guide\n\n## Birds of the Coast\n\n");
        for (String bird : new String[] {"Gulls", "Terns", "Plovers", "Cormorants"}) {
            text.append("### ").append(bird).append("\n\n").append(paragraphs(bird, 8));
        }
        text.append("## Birds of the Forest\n\n").append(paragraphs("Woodpeckers", 2));

        Article article = read("field-guide.md", text.toString());

        assertThat(words(article.lessons().getFirst())).isLessThanOrEqualTo(Outline.TARGET_WORDS);
        assertThat(titles(article)).containsExactly("Birds of the Coast", "Plovers", "Birds of the Forest");
        assertThat(article.lessons().get(0).headings()).extracting(Subheading::title).containsExactly("Gulls", "Terns");
        assertThat(article.lessons().get(1).headings()).containsExactly(new Subheading(8, 1, "Cormorants"));
        assertThat(article.lessons().stream().mapToInt(s -> s.paragraphs().size()).sum()).isEqualTo(34);
    }

    @Test
    void aLongTextWithoutHeadingsSplitsIntoEqualPartsAtParagraphs() throws Exception {
        String flat = paragraphs("The essay", 40);
        for (String name : new String[] {"essay.txt", "essay.md"}) {
            Article article = read(name, flat);

            assertThat(article.lessons()).as(name).hasSize(2);
            assertThat(titles(article)).as(name).allSatisfy(t -> assertThat(t).matches(".* \\(part [12] of 2\\)"));
            assertThat(article.lessons()).allSatisfy(l -> assertThat(words(l)).isBetween(1_500, 2_000));
        }
    }

    @Test
    void aShortTextWithoutHeadingsIsOneLessonUnderTheArticlesTitle() throws Exception {
        Article article = read("note.md", "# Why Bread Rises\n\n" + paragraphs("Yeast", 2));
        assertThat(titles(article)).containsExactly("Why Bread Rises");
        assertThat(article.lessons().getFirst().paragraphs()).hasSize(2);
    }

    private static int words(Section lesson) {
        return lesson.paragraphs().stream().mapToInt(LineShape::words).sum();
    }

    /** Distinct prose paragraphs of about 105 words each. */
    private static String paragraphs(String subject, int count) {
        return IntStream.range(0, count).mapToObj(i -> subject + " are described here in paragraph " + (i + 1)
                + ", which tells where they live, what they eat, how they raise their young and how a careful "
                + "observer can tell them apart from their neighbours in the field. The details change with the "
                + "season and the weather, so the notes record the month, the light and the place of each sighting. "
                + "Over the years such notes build a record that shows how the population grows or shrinks, and "
                + "whether the birds arrive earlier in spring than they did when the first observers wrote down "
                + "what they saw.\n\n")
                .collect(Collectors.joining());
    }
}
