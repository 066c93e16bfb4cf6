package org.lectern.course.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseRepository extends JpaRepository<Course, Long> {

    Optional<Course> findFirstByLineageOrderByVersionDesc(String lineage);

    boolean existsByLineage(String lineage);
}
