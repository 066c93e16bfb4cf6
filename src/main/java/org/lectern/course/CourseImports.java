package org.lectern.course;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.lectern.content.Article;
import org.lectern.content.ArticleReader;
import org.lectern.content.ArticleRejectedException;
import org.lectern.content.CourseJson;
import org.lectern.content.QuestionGenerator;
import org.lectern.content.question.GeneratedBank;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Turns an article file into a stored course: read, generate questions, then store everything in one transaction.
 * The slow work (reading and generating) happens before the transaction opens, so a bad article stores nothing and
 * a good one is stored all at once.
 */
@Service
public class CourseImports {

    /** Each try that collides with another publish of the same article reads the latest version again. */
    private static final int MAX_STORE_ATTEMPTS = 5;

    private final ArticleReader reader = new ArticleReader();
    private final QuestionGenerator generator = new QuestionGenerator();
    private final CourseStore store;

    CourseImports(CourseStore store) {
        this.store = store;
    }

    /**
     * Imports an article for an instructor. Importing a changed version of the same source makes a new course
     * version; importing the very same bytes again stores nothing.
     *
     * @param sourceName the file name, or the title for pasted text; versions of one source share it
     * @param ownerId    the instructor's account id, or null for a course no instructor owns yet
     */
    public ImportedCourse importArticle(String sourceName, byte[] bytes, Long ownerId)
            throws ArticleRejectedException {
        return publish(sourceName, reader.read(sourceName, bytes), ownerId);
    }

    /**
     * Publishes an article the instructor has read and perhaps edited in the import preview: questions are written
     * for it as it now stands, and it is stored in one transaction.
     */
    public ImportedCourse publish(String sourceName, Article article, Long ownerId) {
        var scope = ownerId == null ? "unowned" : "owner:" + ownerId;
        return store(lineage(scope, sourceName), sourceName, article, ownerId, QuestionStatus.DRAFT);
    }

    /** Imports a seed article, owned by the given instructor when there is one, with questions in {@code status}. */
    ImportedCourse importSeed(String fileName, byte[] bytes, Long ownerId, QuestionStatus status)
            throws ArticleRejectedException {
        return store(seedLineage(fileName), fileName, reader.read(fileName, bytes), ownerId, status);
    }

    /** Whether a seed file was imported before, in any version. */
    boolean seedImported(String fileName) {
        return store.hasLineage(seedLineage(fileName));
    }

    /** Reads an article without storing anything: for previews and dry runs. */
    public Article read(String sourceName, byte[] bytes) throws ArticleRejectedException {
        return reader.read(sourceName, bytes);
    }

    static String seedLineage(String fileName) {
        return lineage("seed", fileName);
    }

    /**
     * Stores a new version unless the latest one has the same content and generator.
     * <p>
     * Two publishes of one article at once (two tabs, two nodes, two nodes seeding together) both read the same latest
     * version; the second to insert collides with the first on the version number or a question row. It then reads
     * again and stores the next version, so the two become versions n and n + 1, or one version when their content is
     * the same. Questions are generated once, before any of this.
     */
    private ImportedCourse store(String lineage, String sourceName, Article article, Long ownerId,
                                 QuestionStatus status) {
        // The fingerprint is of what the reader found, so a file that changed only in noise is not a new version.
        var sha256 = sha256(CourseJson.write(article, new GeneratedBank(List.of())).getBytes(StandardCharsets.UTF_8));
        var existing = store.latestWithSource(lineage, sha256, QuestionGenerator.VERSION);
        if (existing.isPresent()) {
            return existing.get();
        }
        var bank = generator.generate(article);
        var next = new CourseStore.NewVersion(lineage, sourceName, sha256, ownerId, status, article, bank);
        for (int attempt = 1; ; attempt++) {
            try {
                return store.store(next);
            } catch (DataIntegrityViolationException | ConcurrencyFailureException collision) {
                if (attempt == MAX_STORE_ATTEMPTS) {
                    throw collision;
                }
                var meanwhile = store.latestWithSource(lineage, sha256, QuestionGenerator.VERSION);
                if (meanwhile.isPresent()) {
                    return meanwhile.get();
                }
            }
        }
    }

    private static String lineage(String scope, String sourceName) {
        return sha256((scope + "|" + sourceName.strip().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
