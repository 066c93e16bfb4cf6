package org.lectern;

import java.time.Clock;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** Lectern turns an article into a course of lessons and multiple-choice questions. */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        if (LecternCommandLine.isCommand(args)) {
            // Before anything logs: a command's standard output carries only its result, libraries log to stderr.
            System.setProperty("logback.configurationFile", "logback-cli.xml");
            System.exit(new LecternCommandLine(System.out, System.err).run(args));
        }
        SpringApplication.run(Application.class, args);
    }

    /** The log line that says start-up work (seed courses, demo accounts and class) is done, after the port opens. */
    static final String READY = "Lectern is ready: seed courses and accounts are in place.";

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        LoggerFactory.getLogger(Application.class).info(READY);
    }

    /** The one clock every service reads time from, so tests can move time instead of waiting for it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
