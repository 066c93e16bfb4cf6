package org.lectern;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Lectern turns an article into a course of lessons and multiple-choice questions. */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        if (LecternCommandLine.isCommand(args)) {
            System.exit(new LecternCommandLine(System.out, System.err).run(args));
        }
        SpringApplication.run(Application.class, args);
    }

    /** The one clock every service reads time from, so tests can move time instead of waiting for it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
