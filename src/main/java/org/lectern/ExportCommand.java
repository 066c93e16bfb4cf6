package org.lectern;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.lectern.course.ExportFile;
import org.lectern.course.ExportFormat;
import org.lectern.course.NothingToExportException;
import org.lectern.course.QuestionExports;
import org.springframework.security.access.AccessDeniedException;

/**
 * {@code export --format gift|moodle-xml|aiken|qti21 (--course ID | --lesson ID) --out FILE}: writes the approved
 * questions of a course or lesson. An administrator's tool run on the server machine, so it asks for no owner.
 * Exit status 0 when written, 1 when there is no such course or nothing approved in it (no file is written),
 * 2 for a wrong call, 3 when the database cannot be read or the file cannot be written.
 */
final class ExportCommand {

    static final String USAGE_TEXT = "usage: java -jar lectern.jar export --format gift|moodle-xml|aiken|qti21 "
            + "(--course ID | --lesson ID) --out FILE [--name=value ...]";

    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        var options = Options.parse(args);
        if (options.error() != null) {
            err.println("lectern: " + options.error());
            err.println(USAGE_TEXT);
            return LecternCommandLine.USAGE;
        }
        var what = options.courseId() != null ? "course" : "lesson";
        var id = options.courseId() != null ? options.courseId() : options.lessonId();
        ExportFile file;
        try (var context = CommandContext.start(options.springArgs())) {
            var exports = context.getBean(QuestionExports.class);
            file = options.courseId() != null ? exports.anyCourse(id, options.format())
                    : exports.anyLesson(id, options.format());
        } catch (AccessDeniedException e) {
            err.println("lectern: there is no " + what + " with id " + id + ".");
            return LecternCommandLine.REJECTED;
        } catch (NothingToExportException e) {
            err.println("lectern: " + Character.toLowerCase(e.getMessage().charAt(0)) + e.getMessage().substring(1));
            return LecternCommandLine.REJECTED;
        } catch (RuntimeException e) {
            err.println("lectern: " + CommandContext.databaseProblem(e)
                    .orElse("the questions could not be read (" + e.getClass().getSimpleName() + ")."));
            return LecternCommandLine.FAILED;
        }
        try {
            write(options.out(), file.bytes());
        } catch (IOException e) {
            err.println("lectern: " + options.out() + " could not be written (" + e.getClass().getSimpleName()
                    + "); nothing was exported.");
            return LecternCommandLine.FAILED;
        }
        out.printf("Exported %d approved %s of %s as %s to %s%n", file.questions(),
                file.questions() == 1 ? "question" : "questions", file.title(), options.format().label(),
                options.out());
        return LecternCommandLine.OK;
    }

    /** Writes beside the target first, so a failure never leaves a half-written export under its name. */
    private static void write(Path target, byte[] bytes) throws IOException {
        var temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".lectern-export-", ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    record Options(ExportFormat format, Long courseId, Long lessonId, Path out, List<String> springArgs,
                   String error) {

        static Options parse(String[] args) {
            String format = null;
            String course = null;
            String lesson = null;
            String file = null;
            var springArgs = new ArrayList<String>();
            for (int i = 1; i < args.length; i++) {
                var arg = args[i];
                if (List.of("--format", "--course", "--lesson", "--out").contains(arg)) {
                    if (i + 1 >= args.length) {
                        return failed(arg + " needs a value.");
                    }
                    var value = args[++i];
                    switch (arg) {
                        case "--format" -> format = value;
                        case "--course" -> course = value;
                        case "--lesson" -> lesson = value;
                        default -> file = value;
                    }
                } else if (arg.startsWith("--") && arg.contains("=")) {
                    springArgs.add(arg);
                } else {
                    return failed("unknown option " + arg + ".");
                }
            }
            return check(format, course, lesson, file, springArgs);
        }

        private static Options check(String format, String course, String lesson, String file,
                                     List<String> springArgs) {
            if (format == null) {
                return failed("choose a format with --format.");
            }
            var chosen = ExportFormat.byCliName(format);
            if (chosen.isEmpty()) {
                return failed("unknown format " + format + "; use gift, moodle-xml, aiken or qti21.");
            }
            if ((course == null) == (lesson == null)) {
                return failed("give either --course ID or --lesson ID.");
            }
            var id = course != null ? course : lesson;
            if (!id.matches("[0-9]{1,18}")) {
                return failed("the id " + id + " is not a number.");
            }
            if (file == null) {
                return failed("say where to write with --out FILE.");
            }
            Path out;
            try {
                out = Path.of(file);
            } catch (InvalidPathException e) {
                return failed(file + " is not a file name here.");
            }
            var folder = out.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                return failed("the folder of " + file + " does not exist.");
            }
            if (Files.isDirectory(out)) {
                return failed(file + " is a folder; give a file name.");
            }
            return new Options(chosen.get(), course != null ? Long.valueOf(course) : null,
                    lesson != null ? Long.valueOf(lesson) : null, out, springArgs, null);
        }

        private static Options failed(String error) {
            return new Options(null, null, null, null, List.of(), error);
        }
    }
}
