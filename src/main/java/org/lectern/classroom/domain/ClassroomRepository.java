package org.lectern.classroom.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClassroomRepository extends JpaRepository<Classroom, Long> {

    List<Classroom> findByOwnerId(long ownerId);

    List<Classroom> findByOwnerIdAndIdIn(long ownerId, Collection<Long> ids);

    Optional<Classroom> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    @Query("select c from Classroom c join c.members m where m.studentId = :studentId")
    List<Classroom> findByMember(@Param("studentId") long studentId);
}
