package org.lectern.course;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lectern.course.domain.CourseRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two publishes of one article at once, as two tabs or two nodes make them: both read the same latest version, and
 * the one that inserts second must become the next version rather than fail on the version key.
 */
@Tag("postgresql")
@SpringBootTest
class ConcurrentPublishTest {

    @Autowired
    CourseImports imports;
    @Autowired
    CourseRepository courses;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EntityManager entityManager;

    @Test
    void twoPublishesOfOneArticleAtOnceBecomeVersionsNAndNPlusOne() throws Exception {
        var name = "race-" + System.nanoTime() + ".md";
        var first = imports.importArticle(name, fixture("hanseatic-league.md"), null);
        assertThat(first.version()).isEqualTo(1);

        // One publish stores version 2 and holds its transaction open, its rows written but not committed.
        var written = new CountDownLatch(1);
        var held = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            try {
                var stored = imports.importArticle(name, fixture("great-inflation.md"), null);
                entityManager.flush();
                written.countDown();
                Thread.sleep(1_500);
                return stored;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        assertThat(written.await(60, TimeUnit.SECONDS)).isTrue();

        // Meanwhile another edit of the same article is published: it still reads version 1 as the latest.
        var second = imports.importArticle(name, fixture("urban-foxes.txt"), null);
        var held2 = held.get(60, TimeUnit.SECONDS);

        assertThat(held2.version()).isEqualTo(2);
        assertThat(second.version()).isEqualTo(3);
        assertThat(second.unchanged()).isFalse();
        transactions.executeWithoutResult(status ->
                assertThat(courses.findById(second.courseId()).orElseThrow().getSourceName()).isEqualTo(name));
    }

    private static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/articles", name));
    }
}
