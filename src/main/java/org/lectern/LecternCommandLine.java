package org.lectern;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lectern.content.ArticleReader;
import org.lectern.content.ArticleRejectedException;
import org.lectern.content.CourseJson;
import org.lectern.content.QuestionGenerator;
import org.lectern.course.CourseImports;
import org.lectern.security.Accounts;
import org.lectern.security.Role;

/**
 * Lectern's commands, run as {@code java -jar lectern.jar COMMAND ...} with no web server:
 * <ul>
 *   <li>{@code import --dry-run [--json] FILE...}: reads each article and writes its questions, stores nothing;
 *       with {@code --json}, one JSON line a file (JSON Lines), the course with {@code "source"} first or
 *       {@code {"source": FILE, "error": "..."}} for a refused file; the models are loaded once for all files;</li>
 *   <li>{@code import [--owner USER] FILE}: stores it as a course (a new version when the file changed);</li>
 *   <li>{@code export --format F (--course ID | --lesson ID) --out FILE}: writes approved questions, see
 *       {@link ExportCommand}.</li>
 * </ul>
 * Bad input gets one line on standard error and a non-zero exit status; standard output carries only the result.
 */
final class LecternCommandLine {

    static final int OK = 0;
    static final int REJECTED = 1;
    static final int USAGE = 2;
    static final int FAILED = 3;

    private static final String USAGE_TEXT =
            "usage: java -jar lectern.jar import [--dry-run] [--json] [--owner USER] [--name=value ...] FILE"
                    + "\n       java -jar lectern.jar import --dry-run [--json] FILE...";

    private final PrintStream out;
    private final PrintStream err;

    LecternCommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    static boolean isCommand(String[] args) {
        return args.length > 0 && (args[0].equals("import") || args[0].equals("export"));
    }

    int run(String[] args) {
        if (args[0].equals("export")) {
            return new ExportCommand(out, err).run(args);
        }
        var options = Options.parse(args);
        if (options.error() != null) {
            err.println("lectern: " + options.error());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        try {
            return options.dryRun() ? dryRun(options) : store(options);
        } catch (ArticleRejectedException e) {
            err.println("lectern: " + e.getMessage());
            return REJECTED;
        } catch (RuntimeException e) {
            err.println("lectern: " + storeFailure(e));
            return FAILED;
        }
    }

    /** Reads every file in turn with one reader and one generator; a refused file never stops the others. */
    private int dryRun(Options options) {
        var reader = new ArticleReader();
        var generator = new QuestionGenerator();
        int status = OK;
        for (Path file : options.files()) {
            try {
                var article = reader.read(file);
                var bank = generator.generate(article);
                if (options.json()) {
                    out.println(CourseJson.line(file.toString(), article, bank));
                } else {
                    out.printf("%s: %d lessons, %d questions, %d endnotes (nothing stored)%n", article.title(),
                            article.lessons().size(), bank.questions().size(), article.endnotes().size());
                }
            } catch (ArticleRejectedException e) {
                status = REJECTED;
                if (options.json()) {
                    out.println(CourseJson.refused(file.toString(), e.getMessage()));
                }
                err.println("lectern: " + (options.files().size() > 1 ? file + ": " : "") + e.getMessage());
            }
        }
        return status;
    }

    private int store(Options options) throws ArticleRejectedException {
        // Read first, once: a bad file is refused before a database is even opened.
        if (options.files().size() != 1) {
            err.println("lectern: give one file at a time to store; --dry-run reads several.");
            err.println(USAGE_TEXT);
            return USAGE;
        }
        var file = options.files().getFirst();
        var article = new ArticleReader().read(file);
        try (var context = CommandContext.start(options.springArgs())) {
            var accounts = context.getBean(Accounts.class);
            Long owner;
            if (options.owner() != null) {
                var user = accounts.findByUsername(options.owner()).filter(u -> u.role() == Role.INSTRUCTOR);
                if (user.isEmpty()) {
                    err.println("lectern: there is no instructor named " + options.owner() + ".");
                    return USAGE;
                }
                owner = user.get().accountId();
            } else {
                owner = accounts.firstWithRole(Role.INSTRUCTOR).map(u -> u.accountId()).orElse(null);
            }
            var imported = context.getBean(CourseImports.class)
                    .publish(file.getFileName().toString(), article, owner);
            out.printf(imported.unchanged()
                            ? "%s is unchanged: course %d, version %d, %d lessons, %d questions%n"
                            : "Imported %s as course %d, version %d: %d lessons, %d questions%n",
                    imported.title(), imported.courseId(), imported.version(), imported.lessons(),
                    imported.questions());
            return OK;
        }
    }

    /** One sentence for a failure to start or store, without the stack trace the log would show. */
    static String storeFailure(RuntimeException e) {
        return CommandContext.databaseProblem(e).orElse(
                "the course could not be stored (" + e.getClass().getSimpleName() + "); nothing was changed.");
    }

    record Options(boolean dryRun, boolean json, String owner, List<Path> files, List<String> springArgs,
                   String error) {

        static Options parse(String[] args) {
            boolean dryRun = false;
            boolean json = false;
            String owner = null;
            var files = new ArrayList<Path>();
            var springArgs = new ArrayList<String>();
            for (int i = 1; i < args.length; i++) {
                var arg = args[i];
                switch (arg) {
                    case "--dry-run" -> dryRun = true;
                    case "--json" -> json = true;
                    case "--owner" -> {
                        if (i + 1 >= args.length) {
                            return failed("--owner needs a user name.");
                        }
                        owner = args[++i];
                    }
                    default -> {
                        if (arg.startsWith("--") && arg.contains("=")) {
                            springArgs.add(arg);
                        } else if (arg.startsWith("-")) {
                            return failed("unknown option " + arg + ".");
                        } else {
                            files.add(Path.of(arg));
                        }
                    }
                }
            }
            if (files.isEmpty()) {
                return failed("no file given.");
            }
            if (json && !dryRun) {
                return failed("--json goes with --dry-run.");
            }
            return new Options(dryRun, json, owner, List.copyOf(files), springArgs, null);
        }

        private static Options failed(String error) {
            return new Options(false, false, null, List.of(), List.of(), error);
        }
    }
}
