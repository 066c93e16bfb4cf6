package org.lectern.security;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lectern.security.domain.Account;
import org.lectern.security.domain.AccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds accounts. User names are compared without regard to case or surrounding spaces. */
@Service
public class Accounts {

    private final AccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Accounts(AccountRepository repository, PasswordEncoder passwordEncoder, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The canonical form a user name is stored and looked up in. */
    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Creates an account with a bcrypt hash of the password.
     *
     * @throws IllegalArgumentException when the user name is blank or taken, or the password is blank
     */
    @Transactional
    public SignedInUser create(String username, String displayName, String rawPassword, Role role) {
        var name = normalise(username);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A user name is required.");
        }
        if (rawPassword == null || rawPassword.isBlank()) {
            throw new IllegalArgumentException("A password is required.");
        }
        if (repository.existsByUsername(name)) {
            throw new IllegalArgumentException("The user name " + name + " is taken.");
        }
        var shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
        var saved = repository.save(new Account(name, shown, passwordEncoder.encode(rawPassword), role, clock.instant()));
        return toUser(saved);
    }

    @Transactional(readOnly = true)
    public Optional<SignedInUser> findByUsername(String username) {
        return repository.findByUsername(normalise(username)).map(Accounts::toUser);
    }

    @Transactional(readOnly = true)
    public Optional<SignedInUser> findById(long accountId) {
        return repository.findById(accountId).map(Accounts::toUser);
    }

    /** The accounts with these ids, in no particular order; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<SignedInUser> findAllById(Collection<Long> accountIds) {
        return repository.findAllById(accountIds).stream().map(Accounts::toUser).toList();
    }

    /** The longest-standing account with the role: the owner of courses imported without a named owner. */
    @Transactional(readOnly = true)
    public Optional<SignedInUser> firstWithRole(Role role) {
        return repository.findFirstByRoleOrderByIdAsc(role).map(Accounts::toUser);
    }

    @Transactional(readOnly = true)
    public boolean anyWithRole(Role role) {
        return repository.existsByRole(role);
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    static SignedInUser toUser(Account account) {
        return new SignedInUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole());
    }
}
