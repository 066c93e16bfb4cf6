package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * Text garbled by decoding UTF-8 with a legacy code page is repaired where the reader decodes bytes
 * ({@link Mojibake}); text that was right, in any script, is never touched.
 */
class MojibakeTest {

    private static final String CHINESE = String.join("\n\n",
            "山间茶园的一年",
            "春天来得很早，茶农在清晨上山采摘新叶。每一片嫩芽都要用手轻轻摘下，放进竹篮里，再背回村子。",
            "采回来的叶子先摊在竹席上晾干，然后放进大锅里炒。火候很重要，炒得太久，茶就会发苦。",
            "夏天雨水多，山路难走，老人们会修好石阶，年轻人则把茶叶送到镇上的集市去卖。",
            "到了秋天，茶园安静下来。村里的人说，好茶是山、水和耐心一起做出来的。");

    private static final String FRENCH = String.join("\n\n",
            "Le pain de campagne de la boulangère",
            "Chaque matin, la boulangère du quartier prépare sa pâte avant l’aube. Elle mélange la farine, l’eau, "
                    + "le sel et un levain qu’elle nourrit depuis des années.",
            "La pâte repose ensuite pendant plusieurs heures. « C’est la patience qui donne le goût », dit-elle en "
                    + "façonnant les miches sur la table enfarinée.",
            "Les premières fournées sortent du four à six heures. Les voisins arrivent tôt, et l’odeur du pain "
                    + "chaud remplit déjà toute la rue étroite.",
            "Le dimanche, elle ajoute des noix et des raisins secs, une recette héritée de sa grand-mère.");

    private static final String JAPANESE = String.join("\n\n",
            "港町の朝市",
            "朝五時、漁船が港に戻ると、市場はすぐににぎやかになる。魚を並べる声があちこちから聞こえてくる。",
            "観光客も地元の人も、新鮮な魚を求めて早くから集まる。店主たちは料理の仕方も丁寧に教えてくれる。",
            "昼前には市場は片付けられ、港はまた静かな町に戻っていく。");

    private static final String ENGLISH = String.join("\n\n",
            "Mending a dry-stone wall",
            "A dry-stone wall holds together without mortar: each stone rests on two below it, and the weight of the "
                    + "wall keeps it standing for a century or more.",
            "The waller starts by taking the damaged stretch down to sound footings, sorting the stones by size.",
            "Through-stones tie the two faces together, and the cope stones on top shed the rain.");

    /** What a browser does when a page's UTF-8 bytes are read with the wrong code page, then saved again as UTF-8. */
    private static String garble(String text, String codePage) {
        return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName(codePage));
    }

    private static Article read(String text) throws Exception {
        return Fixtures.read("source.txt", text);
    }

    @Test
    void repairsChineseReadAsGbk() throws Exception {
        String garbled = garble(CHINESE, "x-mswin-936");
        assertNotEquals(CHINESE, garbled);
        assertTrue(garbled.contains("\uFFFD"), "a byte the wrong decoding could not place");
        String text = Fixtures.allLessonText(read(garbled));
        assertTrue(text.contains("火候很重要，炒得太久，茶就会发苦"), text);
        assertTrue(text.contains("年轻人则把茶叶送到镇上的集市去卖"), text);
        assertFalse(text.contains(garble("茶园", "x-mswin-936")), text);
        assertFalse(text.contains("\uFFFD"), text);
    }

    @Test
    void repairsFrenchReadAsWindows1252() throws Exception {
        String garbled = garble(FRENCH, "windows-1252");
        assertTrue(garbled.contains("boulangÃ¨re"), garbled);
        assertEquals(FRENCH, Mojibake.repair(garbled));
        String text = Fixtures.allLessonText(read(garbled));
        assertTrue(text.contains("« C’est la patience qui donne le goût », dit-elle"), text);
        assertFalse(text.contains("Ã"), text);
        assertFalse(text.contains("â€™"), text);
    }

    @Test
    void repairsEnglishWithCurlyQuotesReadAsLatin1() throws Exception {
        String curly = ENGLISH.replace("A dry-stone wall holds", "A “dry-stone” wall holds")
                .replace("keeps it", "keeps it—as the old wallers say—");
        String garbled = garble(curly, "ISO-8859-1");
        assertNotEquals(curly, garbled);
        assertEquals(curly, Mojibake.repair(garbled));
        String text = Fixtures.allLessonText(read(garbled));
        assertTrue(text.contains("A “dry-stone” wall holds together"), text);
        assertFalse(text.contains("â\u0080\u009c"), text);
    }

    @Test
    void leavesCorrectTextInEveryScriptAsItIs() throws Exception {
        for (String right : new String[] {CHINESE, JAPANESE, FRENCH, ENGLISH}) {
            assertEquals(right, Mojibake.repair(right));
            assertTrue(Fixtures.allLessonText(read(right)).contains(right.split("\n\n")[2]), right);
        }
    }

    @Test
    void leavesAmbiguousTextAsItIs() {
        // A correct accent beside a garbled one: no single code page explains the whole text.
        String mixed = "Le café est prêt, mais la crÃ¨me brÃ»lÃ©e attend encore.";
        assertEquals(mixed, Mojibake.repair(mixed));
        // Latin-1 letters that happen to be in the range of garbled pairs, but do not form UTF-8.
        String latin = "Ãvila and Ãbeda are towns in Spain; Ã is a letter in Portuguese.";
        assertEquals(latin, Mojibake.repair(latin));
        // A single garbled character is not enough evidence.
        String single = "The cafÃ© on the corner opens at eight.";
        assertEquals(single, Mojibake.repair(single));
    }
}
