package org.lectern.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.lectern.content.ArticleRejectedException;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Imports every article in the seeds folder once, on the first start that finds it missing; a restart imports
 * nothing again. The courses belong to the first instructor. In the demo profile their questions start approved, so
 * the demo works end to end; otherwise they wait for an instructor's review like any import.
 */
@Component
@Order(10)
class SeedCourses implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedCourses.class);

    private final CourseImports imports;
    private final Accounts accounts;
    private final Environment environment;
    private final String seedsDir;

    SeedCourses(CourseImports imports, Accounts accounts, Environment environment,
                @Value("${lectern.seeds-dir:./seeds}") String seedsDir) {
        this.imports = imports;
        this.accounts = accounts;
        this.environment = environment;
        this.seedsDir = seedsDir;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (seedsDir.isBlank() || !Files.isDirectory(Path.of(seedsDir))) {
            log.info("No seeds folder at '{}': no seed course to import.", seedsDir);
            return;
        }
        var status = environment.acceptsProfiles(Profiles.of("demo")) ? QuestionStatus.APPROVED : QuestionStatus.DRAFT;
        var owner = accounts.firstWithRole(Role.INSTRUCTOR).map(user -> user.accountId()).orElse(null);
        for (var file : seedFiles()) {
            var name = file.getFileName().toString();
            if (imports.seedImported(name)) {
                continue;
            }
            try {
                var imported = imports.importSeed(name, Files.readAllBytes(file), owner, status);
                log.info("Imported seed '{}' as course '{}' with {} lessons and {} questions.", name,
                        imported.title(), imported.lessons(), imported.questions());
            } catch (ArticleRejectedException e) {
                log.warn("Seed '{}' was not imported: {}", name, e.getMessage());
            }
        }
    }

    private List<Path> seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(seedsDir))) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }
}
