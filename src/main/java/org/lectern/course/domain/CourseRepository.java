package org.lectern.course.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CourseRepository extends JpaRepository<Course, Long> {

    Optional<Course> findFirstByLineageOrderByVersionDesc(String lineage);

    boolean existsByLineage(String lineage);

    List<Course> findByOwnerId(Long ownerId);

    @Query("select l from Lesson l join fetch l.course where l.id = :id")
    Optional<Lesson> findLessonById(@Param("id") long id);
}
