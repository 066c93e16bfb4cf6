package org.lectern.security.domain;

import java.util.Optional;
import org.lectern.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRole(Role role);

    Optional<Account> findFirstByRoleOrderByIdAsc(Role role);
}
