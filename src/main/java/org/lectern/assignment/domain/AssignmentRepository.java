package org.lectern.assignment.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByOwnerId(long ownerId);

    List<Assignment> findByClassIdIn(Collection<Long> classIds);

    @Query("select a from Assignment a join a.studentIds s where s = :studentId")
    List<Assignment> findByStudent(@Param("studentId") long studentId);
}
