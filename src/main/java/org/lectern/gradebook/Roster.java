package org.lectern.gradebook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lectern.classroom.ClassRoster;
import org.lectern.classroom.ClassSummary;
import org.lectern.security.Accounts;

/**
 * The students an instructor's gradebook can show: everyone in their active classes, and anyone else their
 * assignments reached (a student since removed from a class keeps their attempts on record).
 *
 * @param activeClasses the instructor's active classes, by name: the class filter's choices
 * @param classNames    every class of the instructor by id, archived ones too, for naming where work went
 * @param members       the roster of each active class
 */
record Roster(List<ClassSummary> activeClasses, Map<Long, String> classNames, Map<Long, Set<Long>> members,
              Map<Long, Student> students) {

    /** A student with the names of the instructor's active classes they are in. */
    record Student(long id, String name, String username, List<String> classes) {
    }

    /** From every class of the instructor with its roster, and the ids of any other students to show. */
    static Roster of(List<ClassRoster> rosters, Accounts accounts, Collection<Long> alsoStudents) {
        var active = rosters.stream().map(ClassRoster::summary).filter(c -> !c.archived()).toList();
        var names = new HashMap<Long, String>();
        rosters.forEach(r -> names.put(r.summary().id(), r.summary().name()));
        var members = new LinkedHashMap<Long, Set<Long>>();
        var students = new LinkedHashMap<Long, Student>();
        for (var roster : rosters.stream().filter(r -> !r.summary().archived()).toList()) {
            var room = roster.summary();
            var ids = new HashSet<Long>();
            for (var entry : roster.students()) {
                ids.add(entry.studentId());
                var known = students.get(entry.studentId());
                var inClasses = new ArrayList<>(known == null ? List.of() : known.classes());
                inClasses.add(room.name());
                students.put(entry.studentId(), new Student(entry.studentId(), entry.displayName(), entry.username(),
                        inClasses));
            }
            members.put(room.id(), ids);
        }
        var missing = alsoStudents.stream().filter(id -> !students.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            accounts.findAllById(missing).forEach(u -> students.put(u.accountId(),
                    new Student(u.accountId(), u.displayName(), u.username(), List.of())));
        }
        return new Roster(active, names, members, students);
    }

    Set<Long> membersOf(long classId) {
        return members.getOrDefault(classId, Set.of());
    }

    Student student(long studentId) {
        return students.getOrDefault(studentId, new Student(studentId, "Unknown student", "", List.of()));
    }
}
