package org.lectern.content.read;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Families of web-page boilerplate, each with the reason shown when a line is dropped for it.
 *
 * <p>Every rule is a family rather than one site's wording: page controls ("Close", "Menu", "Read more"), counters,
 * author boxes, share rows, cookie banners, newsletter and login prompts, comment forms, tag lists, timestamps,
 * submission notes, disclaimers and copyright lines. A rule only applies to lines up to its word limit, because the
 * same words inside a long sentence are usually the article talking about them ("users log in with a token").
 */
final class NoiseRules {

    /** {@code sentences} says whether the rule may drop a line shaped like prose; most UI lines are not sentences. */
    private record Rule(String reason, Pattern pattern, int maxWords, boolean sentences, List<String> hints) {

        /** Long paragraphs reach the sentence rules; a plain substring test spares them most regex scans. */
        boolean worthTrying(String lower) {
            return hints.isEmpty() || hints.stream().anyMatch(lower::contains);
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String WEEKDAY = "((mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?";
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

    private static final List<Rule> RULES = List.of(
            rule("image alt text", "^[\\p{L}\\d\\s'’-]{0,60}\\b(?-i:image|img|photo|photograph|picture|pic|icon|"
                    + "logo|avatar|thumbnail|banner|graphic)s?$", 7),
            rule("image alt text", "^(?-i:(a |an |the )?(diagram|photo|photograph|image|picture|illustration|"
                    + "screenshot|chart|graph|map|portrait|drawing|icon|logo|close-up|view) (of|showing|with)\\b.*)", 15),
            rule("image file name", "^\\S+\\.(jpe?g|png|gif|webp|svg|avif)$", 3),
            rule("author box", "^(about|meet) the author\\S*\\s*:?$|^author bio(graphy)?:?$|^about me$", 4),
            rule("author box link", "^\\d+\\s*posts?$|^view all posts\\b.*|^(more|all) (posts|articles) by\\b.*",
                    10),
            sentence("visit counter", "\\bvisited [\\d,]+ times?\\b|^[\\d,.]+k? (views|reads|visits)$|"
                    + "\\bvisitors? (number|no\\.?|#)\\s*[\\d,]+", 12,
                    "visit", "views", "reads"),
            rule("reading time", "^\\d+\\s*(-\\s*)?min(ute)?s?\\.? read$", 4),
            rule("page control", "^(close|[×✕✖x]|menu|main menu|search|home|skip to (main )?content|"
                    + "toggle (navigation|menu)|back to top|scroll to top|print|email|e-mail|share|tweet|pin it|"
                    + "like|reply|next|previous|(next|previous) (post|article|story|page|chapter)|load more|show more|"
                    + "more|loading\\W*|advertisement|sponsored( content)?|ad|top|open|expand|collapse|"
                    + "(read more|read next|read the full|continue reading|learn more|see more)\\b.{0,60}|[«»›‹<>←→]+\\s*\\w*(\\s\\w+)?)\\W*$", 8),
            rule("breadcrumb", "^(home|start)\\s*[›>»/|].*", 12),
            rule("login prompt", "^((click|tap|please|already|don'?t have|sign|log|register|join|create)\\b.*)?"
                    + "\\b(log ?in|sign ?in|sign ?up|register|create an account|subscribers? only)\\b.*", 15),
            rule("share links", "^(share( this( article| post| story| page)?)?\\s*:.*|share on \\w+.*|"
                    + "(share|share this( article| post| story| page)?)|follow us\\b.*|(twitter|x|facebook|linkedin|"
                    + "reddit|whatsapp|telegram|pinterest|bluesky|mastodon|threads|email|e-mail|copy link|copy url)|"
                    + "tweet this|email this|share via\\b.*|(facebook|twitter|linkedin|reddit|whatsapp|x|email)"
                    + "([\\s,|/·]+(facebook|twitter|linkedin|reddit|whatsapp|x|email|copy link))+)\\W*$", 12),
            sentence("cookie banner", "\\bcookies?\\b.*\\b(use|accept|consent|privacy|policy|settings|experience)\\b|"
                    + "\\b(use|accept|consent|privacy)\\b.*\\bcookies?\\b|^(accept|reject|decline)( all)?( cookies)?$|"
                    + "^(manage|cookie) (preferences|settings)$|^(got it|ok|i agree)!?$", 60,
                    "cookie", "accept", "reject", "decline", "manage", "got it", "ok", "agree"),
            sentence("newsletter prompt", "^(subscribe|sign up)\\b.*|^(join|get)\\b.*\\b(newsletter|inbox|updates|subscribers?)\\b|"
                    + "\\bsubscribe (for free|now|today)\\b|^thanks for reading\\b|\\bnewsletter\\b.*\\b(sign up|subscribe|join|"
                    + "get|delivered|inbox)\\b|\\bstraight to your inbox\\b|\\benter your e-?mail\\b", 40,
                    "subscribe", "sign up", "newsletter", "inbox", "updates", "enter your", "thanks for reading"),
            rule("related links", "^(related( posts| articles| stories| reading| content| coverage)?|you (may|might) also "
                    + "(like|enjoy)|more (from|on|in) .{1,40}|recommended( for you| reading)?|popular( posts)?|"
                    + "trending( now)?|most read|further reading|see also|(other|more) (\\w+ ){0,2}(stories|articles|columns|posts))"
                    + "\\s*:?$|^(related|see also|also read|read also|"
                    + "more)\\s*:\\s+\\S.*", 20),
            rule("comment section", "^(there (are|is) )?((\\d+|no)\\s+(comments?|responses?|replies)|comments?|responses|replies)"
                    + "(\\s*\\(\\d+\\))?\\s*:?$|"
                    + "^(there (are|is) )?\\d+\\s*(comments?|responses?|replies)\\b\\W*(\\w+\\W+){0,5}$|"
                    + "^leave a (reply|comment)\\b.*|^post (a|your) comment\\b.*|^join the (discussion|conversation)"
                    + "\\b.*|^(your )?(name|e-?mail|website|comment)( address)?\\s*\\*?:?$|will not be published|"
                    + "required fields are marked|^(cancel reply|post comment|submit comment)$|\\bsays:$|"
                    + "^reply to\\b.*|^\\d+ (likes?|replies)$|^discussion about this (post|article|story)$", 25),
            rule("feedback prompt", "^(was this (article|page|post|answer) (helpful|useful)|did you (find|like) this"
                    + "|rate this (article|post))\\b.*", 12),
            rule("table of contents", "^(contents|table of contents|on this page|in this article|jump to)\\s*:?$", 4),
            sentence("disambiguation note", "^(for other uses|for the .{1,60}, see|\"?[^\"]{1,60}\"? redirects here|not to be "
                    + "confused with|this article is about)\\b.*", 30, "other uses", "see", "redirects", "confused",
                    "article is about"),
            rule("tag list", "^(tags?|tagged( with)?|filed under|categories|category|topics?|posted in|key ?words?)"
                    + "\\s*:.*", 40),
            rule("timestamp", "^(posted|published|updated|last (updated|modified|edited)|written)( on| at)?:?\\s+"
                    + ".*\\d.*|^\\d{1,2}:\\d{2}\\s*(am|pm)?$|^" + WEEKDAY + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}$|^" + WEEKDAY + "\\d{1,2}\\s+"
                    + MONTH + ",?\\s+\\d{4}$|^\\d{4}-\\d{2}-\\d{2}([ t][\\d:]+)?$|^\\d+ (minutes|hours|days|weeks|"
                    + "months|years) ago$", 12),
            sentence("submission note", "\\b(submit|send us|pitch( us)?)\\b.{0,40}\\byour (articles?|papers?|posts?|"
                    + "stories|work|manuscripts?)\\b|\\bsubmission guidelines\\b|\\bwrite for us\\b", 40,
                    "submi", "send us", "pitch", "write for us"),
            sentence("disclaimer", "\\bviews( and opinions)? expressed\\b|\\bdo(es)? not necessarily (reflect|represent)\\b|"
                    + "\\bfor (general )?informational purposes only\\b|\\bnot (financial|legal|medical|investment) "
                    + "advice\\b|\\baffiliate links?\\b", 60,
                    "expressed", "necessarily", "informational", "advice", "affiliate"),
            sentence("site boilerplate", "^(©|copyright\\b|\\(c\\)\\s)|\\ball rights reserved\\b|^(privacy policy|"
                    + "terms( of (use|service))?|contact( us)?|about( us)?|imprint|sitemap|rss)(\\s*[|·•]\\s*\\w.*)?$",
                    20, "©", "copyright", "(c)", "rights reserved", "privacy", "terms", "contact", "about", "imprint",
                    "sitemap", "rss"),
            rule("stray symbols", "^[\\p{P}\\p{S}\\s]*$", 20),
            // What is left of a picture when a converter drops the markup around it: its file name, maybe its caption
            // and the closing brackets ("Gilsemans_1642.jpg[16]]]", "TasmanMap.jpg vestibule, showing a mosaic]]").
            rule("image file name", "^\\S+\\.(jpe?g|png|gif|svg|webp|tiff?|bmp)\\b.*", 30));

    private NoiseRules() {
    }

    private static Rule rule(String reason, String regex, int maxWords) {
        return new Rule(reason, Pattern.compile(regex, FLAGS), maxWords, false, List.of());
    }

    /** A rule that may drop prose; the hints are substrings at least one of which every match contains. */
    private static Rule sentence(String reason, String regex, int maxWords, String... hints) {
        return new Rule(reason, Pattern.compile(regex, FLAGS), maxWords, true, List.of(hints));
    }

    /** The reason to drop this line, or empty when it may be part of the article. */
    public static Optional<String> reasonFor(String line) {
        String s = line.strip();
        int words = LineShape.words(s);
        boolean prose = LineShape.isProse(s);
        String lower = s.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (words <= rule.maxWords() && (rule.sentences() || !prose) && rule.worthTrying(lower)
                    && rule.pattern().matcher(s).find()) {
                return Optional.of(rule.reason());
            }
        }
        return Optional.empty();
    }

    /**
     * True for headings of a page region rather than a line: an author box, related links, comments. What follows
     * such a heading, up to the next real heading, belongs to that region.
     */
    public static boolean startsRegion(String line) {
        return reasonFor(line).filter(r -> r.equals("author box") || r.equals("related links")
                || r.equals("table of contents")
                || r.equals("comment section") || r.equals("newsletter prompt")).isPresent();
    }
}
