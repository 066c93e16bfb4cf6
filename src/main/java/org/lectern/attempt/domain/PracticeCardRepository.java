package org.lectern.attempt.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeCardRepository extends JpaRepository<PracticeCard, PracticeCard.Key> {

    List<PracticeCard> findByStudentIdAndMasteredFalseAndDueAtLessThanEqualOrderByDueAt(long studentId, Instant now);

    List<PracticeCard> findByStudentIdAndMasteredFalseOrderByDueAt(long studentId);
}
