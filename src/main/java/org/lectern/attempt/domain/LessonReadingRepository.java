package org.lectern.attempt.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LessonReadingRepository extends JpaRepository<LessonReading, LessonReading.Key> {

    List<LessonReading> findByStudentId(long studentId);
}
