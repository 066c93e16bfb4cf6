package org.lectern.classroom.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClassroomRepository extends JpaRepository<Classroom, Long> {

    /** The instructor's classes with their rosters in one statement: lists show every class's head count. */
    @EntityGraph(attributePaths = "members")
    List<Classroom> findByOwnerId(long ownerId);

    List<Classroom> findByOwnerIdAndIdIn(long ownerId, Collection<Long> ids);

    Optional<Classroom> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    @Query("select c from Classroom c join c.members m where m.studentId = :studentId")
    List<Classroom> findByMember(@Param("studentId") long studentId);

    /** The ids of the active classes a student is in, without loading the classes or their rosters. */
    @Query("select c.id from Classroom c join c.members m where m.studentId = :studentId and c.archived = false")
    List<Long> findActiveIdsByMember(@Param("studentId") long studentId);

    /** 1 when the student is on the roster of this class and the class is active, else 0. */
    @Query("select count(c) from Classroom c join c.members m"
            + " where c.id = :classId and m.studentId = :studentId and c.archived = false")
    long countActiveMembership(@Param("classId") long classId, @Param("studentId") long studentId);
}
