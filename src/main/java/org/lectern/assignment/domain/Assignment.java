package org.lectern.assignment.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.lectern.assignment.AssignedLesson;
import org.lectern.assignment.AssignmentRules;
import org.lectern.assignment.CountedAttempt;
import org.lectern.assignment.FeedbackTiming;
import org.lectern.assignment.Recipients;

/** Lessons given to a class or to chosen students, with the rules their quizzes follow. */
@Entity
@Table(name = "assignments")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "class_id")
    private Long classId;

    @ElementCollection
    @CollectionTable(name = "assignment_students", joinColumns = @JoinColumn(name = "assignment_id"))
    @Column(name = "student_id", nullable = false)
    private Set<Long> studentIds = new HashSet<>();

    @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<AssignmentLesson> lessons = new ArrayList<>();

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;
    @Column(name = "attempts_allowed")
    private Integer attemptsAllowed;
    @Enumerated(EnumType.STRING)
    @Column(name = "counted_attempt", nullable = false, length = 20)
    private CountedAttempt countedAttempt;
    @Column(name = "time_limit_minutes")
    private Integer timeLimitMinutes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FeedbackTiming feedback;
    @Column(name = "shuffle_questions", nullable = false)
    private boolean shuffleQuestions;
    @Column(name = "shuffle_options", nullable = false)
    private boolean shuffleOptions;
    @Column(name = "questions_per_attempt")
    private Integer questionsPerAttempt;
    @Column(name = "requires_reading", nullable = false)
    private boolean requiresReading;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Assignment() {
        // for JPA
    }

    public Assignment(long ownerId, Instant createdAt) {
        this.ownerId = ownerId;
        this.createdAt = createdAt;
    }

    /** Replaces what, to whom and how in one go, so an edit is seen by students whole or not at all. */
    public void change(String newTitle, List<LessonRef> chosen, Recipients recipients, AssignmentRules rules,
                       Instant now) {
        this.title = newTitle;
        replaceLessons(chosen);
        this.classId = recipients.classId().stream().boxed().findFirst().orElse(null);
        this.studentIds.clear();
        this.studentIds.addAll(recipients.studentIds());
        this.opensAt = rules.opensAt();
        this.dueAt = rules.dueAt();
        this.attemptsAllowed = rules.attemptsAllowed().stream().boxed().findFirst().orElse(null);
        this.countedAttempt = rules.countedAttempt();
        this.timeLimitMinutes = rules.timeLimitMinutes().stream().boxed().findFirst().orElse(null);
        this.feedback = rules.feedback();
        this.shuffleQuestions = rules.shuffleQuestions();
        this.shuffleOptions = rules.shuffleOptions();
        this.questionsPerAttempt = rules.questionsPerAttempt().stream().boxed().findFirst().orElse(null);
        this.requiresReading = rules.requiresReading();
        this.updatedAt = now;
    }

    // Lessons that stay keep their row and id, which students' attempts will refer to.
    private void replaceLessons(List<LessonRef> chosen) {
        var wanted = chosen.stream().map(LessonRef::lessonId).toList();
        lessons.removeIf(l -> !wanted.contains(l.getLessonId()));
        for (var ref : chosen) {
            if (lessons.stream().noneMatch(l -> l.getLessonId() == ref.lessonId())) {
                lessons.add(new AssignmentLesson(this, ref));
            }
        }
        lessons.sort((a, b) -> Integer.compare(wanted.indexOf(a.getLessonId()), wanted.indexOf(b.getLessonId())));
        for (int i = 0; i < lessons.size(); i++) {
            lessons.get(i).setOrdinal(i);
        }
    }

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getTitle() {
        return title;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<AssignedLesson> lessons() {
        // In order however the lessons were fetched: @OrderBy is not applied to every kind of fetch.
        return lessons.stream().sorted(Comparator.comparingInt(AssignmentLesson::getOrdinal))
                .map(AssignmentLesson::toRecord).toList();
    }

    /** The class the assignment is given to, if any, without loading the students named by it. */
    public OptionalLong classId() {
        return classId == null ? OptionalLong.empty() : OptionalLong.of(classId);
    }

    public Recipients recipients() {
        return new Recipients(classId == null ? OptionalLong.empty() : OptionalLong.of(classId), studentIds);
    }

    public AssignmentRules rules() {
        return new AssignmentRules(opensAt, dueAt, optional(attemptsAllowed), countedAttempt,
                optional(timeLimitMinutes), feedback, shuffleQuestions, shuffleOptions,
                optional(questionsPerAttempt), requiresReading);
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
