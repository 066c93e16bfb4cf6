package org.lectern.attempt.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttemptItemRepository extends JpaRepository<AttemptItem, AttemptItem.Key> {

    List<AttemptItem> findByAttemptIdOrderByPosition(long attemptId);

    List<AttemptItem> findByAttemptIdInOrderByAttemptIdAscPositionAsc(Collection<Long> attemptIds);
}
