package org.lectern.classroom;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lectern.classroom.domain.Classroom;
import org.lectern.classroom.domain.ClassroomRepository;
import org.lectern.classroom.domain.Membership;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.lectern.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes, their join codes and rosters. Every instructor call names the instructor who acts, and a class that is
 * not theirs is refused here, not only in the views, with the same words as a class that does not exist.
 */
@Service
@Transactional
public class Classes {

    static final int MAX_NAME = 120;
    private static final String NO_SUCH_CLASS = "There is no such class.";

    private final ClassroomRepository classes;
    private final Accounts accounts;
    private final Clock clock;
    private final JoinCodes codes = new JoinCodes();

    Classes(ClassroomRepository classes, Accounts accounts, Clock clock) {
        this.classes = classes;
        this.accounts = accounts;
        this.clock = clock;
    }

    public ClassSummary create(String name, long instructorId) {
        requireRole(instructorId, Role.INSTRUCTOR, "Only instructors can create classes.");
        var code = codes.next(classes::existsByJoinCode);
        return summary(classes.save(new Classroom(instructorId, validName(name), code, now())));
    }

    public ClassSummary rename(long classId, String name, long instructorId) {
        var room = owned(classId, instructorId);
        room.rename(validName(name));
        return summary(room);
    }

    /** Hides the class from the default list and stops its join code from working; the roster is kept. */
    public ClassSummary archive(long classId, long instructorId) {
        var room = owned(classId, instructorId);
        room.setArchived(true);
        return summary(room);
    }

    public ClassSummary restore(long classId, long instructorId) {
        var room = owned(classId, instructorId);
        room.setArchived(false);
        return summary(room);
    }

    /** A new join code, for when the old one was shared too widely; the old one stops working at once. */
    public ClassSummary regenerateCode(long classId, long instructorId) {
        var room = owned(classId, instructorId);
        room.changeJoinCode(codes.next(classes::existsByJoinCode));
        return summary(room);
    }

    public void removeStudent(long classId, long studentId, long instructorId) {
        if (!owned(classId, instructorId).removeMember(studentId)) {
            throw new IllegalArgumentException("That student is not in this class.");
        }
    }

    @Transactional(readOnly = true)
    public ClassSummary get(long classId, long instructorId) {
        return summary(owned(classId, instructorId));
    }

    /** The instructor's classes by name; archived ones only when asked for. */
    @Transactional(readOnly = true)
    public List<ClassSummary> ownedBy(long instructorId, boolean includeArchived) {
        return classes.findByOwnerId(instructorId).stream()
                .filter(c -> includeArchived || !c.isArchived())
                .map(Classes::summary)
                .sorted(Comparator.comparing(ClassSummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The roster of one of the instructor's classes, by name. */
    @Transactional(readOnly = true)
    public List<RosterEntry> studentsOf(long classId, long instructorId) {
        var room = owned(classId, instructorId);
        var joined = new LinkedHashMap<Long, Instant>();
        room.getMembers().forEach(m -> joined.put(m.getStudentId(), m.getJoinedAt()));
        return accounts.findAllById(joined.keySet()).stream()
                .map(u -> entry(u, joined.get(u.accountId())))
                .sorted(Comparator.comparing(RosterEntry::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Every student in any of the instructor's active classes, once each, by name: whom they may assign work. */
    @Transactional(readOnly = true)
    public List<RosterEntry> studentsTaughtBy(long instructorId) {
        var seen = new LinkedHashMap<Long, RosterEntry>();
        rostersOf(instructorId).stream().filter(r -> !r.summary().archived())
                .forEach(r -> r.students().forEach(entry -> seen.putIfAbsent(entry.studentId(), entry)));
        return seen.values().stream()
                .sorted(Comparator.comparing(RosterEntry::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Every class of the instructor, archived ones too, by name, each with its roster by name: in two statements
     * however many classes there are, for pages that show all rosters at once.
     */
    @Transactional(readOnly = true)
    public List<ClassRoster> rostersOf(long instructorId) {
        var rooms = classes.findByOwnerId(instructorId);
        var studentIds = rooms.stream().flatMap(r -> r.getMembers().stream()).map(Membership::getStudentId)
                .distinct().toList();
        var accountsById = accounts.findAllById(studentIds).stream()
                .collect(Collectors.toMap(SignedInUser::accountId, u -> u));
        return rooms.stream()
                .map(room -> new ClassRoster(summary(room), room.getMembers().stream()
                        .filter(m -> accountsById.containsKey(m.getStudentId()))
                        .map(m -> entry(accountsById.get(m.getStudentId()), m.getJoinedAt()))
                        .sorted(Comparator.comparing(RosterEntry::displayName, String.CASE_INSENSITIVE_ORDER))
                        .toList()))
                .sorted(Comparator.comparing((ClassRoster r) -> r.summary().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Puts a student on the roster of the class with this code. Joining a class twice changes nothing.
     *
     * @throws IllegalArgumentException when no active class has the code
     */
    public ClassSummary join(String code, long studentId) {
        requireRole(studentId, Role.STUDENT, "Only students can join a class.");
        var normalised = JoinCodes.normalise(code);
        var room = openRoom(normalised).orElseThrow(() -> new IllegalArgumentException(noOpenClass(normalised)));
        room.addMember(studentId, now());
        return summary(room);
    }

    /** The class a student could join with this code: none when the code is unknown or its class archived. */
    @Transactional(readOnly = true)
    Optional<ClassSummary> openClassWithCode(String code) {
        return openRoom(JoinCodes.normalise(code)).map(Classes::summary);
    }

    // One message for unknown and archived codes: a student cannot tell an old class from a typo anyway.
    static String noOpenClass(String normalisedCode) {
        return "No open class has the code " + (normalisedCode.isEmpty() ? "you entered" : normalisedCode)
                + ". Check the code with your instructor.";
    }

    /** The ids of the active classes a student is in: what decides which lessons reach them. */
    @Transactional(readOnly = true)
    public List<Long> activeClassIdsOf(long studentId) {
        return classes.findActiveIdsByMember(studentId);
    }

    /** Whether the student is on the roster of this class and the class is active. */
    @Transactional(readOnly = true)
    public boolean isActiveMember(long classId, long studentId) {
        return classes.countActiveMembership(classId, studentId) > 0;
    }

    /** The active classes a student is in, by name. */
    @Transactional(readOnly = true)
    public List<ClassSummary> classesOf(long studentId) {
        return classes.findByMember(studentId).stream()
                .filter(c -> !c.isArchived())
                .map(Classes::summary)
                .sorted(Comparator.comparing(ClassSummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Microseconds, as the database keeps them, so what a call returns equals what a later read finds. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Optional<Classroom> openRoom(String normalisedCode) {
        return classes.findByJoinCode(normalisedCode).filter(c -> !c.isArchived());
    }

    private Classroom owned(long classId, long instructorId) {
        var room = classes.findById(classId).orElseThrow(() -> new AccessDeniedException(NO_SUCH_CLASS));
        if (room.getOwnerId() != instructorId) {
            throw new AccessDeniedException(NO_SUCH_CLASS);
        }
        return room;
    }

    private void requireRole(long accountId, Role role, String refusal) {
        accounts.findById(accountId).map(SignedInUser::role).filter(role::equals)
                .orElseThrow(() -> new AccessDeniedException(refusal));
    }

    static String validName(String name) {
        var stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("A class needs a name.");
        }
        if (stripped.length() > MAX_NAME) {
            throw new IllegalArgumentException("A class name has at most " + MAX_NAME + " characters.");
        }
        return stripped;
    }

    private static RosterEntry entry(SignedInUser student, Instant joinedAt) {
        return new RosterEntry(student.accountId(), student.displayName(), student.username(), joinedAt);
    }

    private static ClassSummary summary(Classroom room) {
        return new ClassSummary(room.getId(), room.getName(), room.getJoinCode(), room.isArchived(),
                room.getMembers().size(), room.getCreatedAt());
    }
}
