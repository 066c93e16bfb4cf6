package org.lectern.classroom.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A class an instructor teaches: a name, a join code students type in, and its roster. */
@Entity
@Table(name = "classes")
public class Classroom {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "join_code", nullable = false, unique = true, length = 8)
    private String joinCode;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "class_members", joinColumns = @JoinColumn(name = "class_id"))
    private Set<Membership> members = new HashSet<>();

    protected Classroom() {
        // for JPA
    }

    public Classroom(long ownerId, String name, String joinCode, Instant createdAt) {
        this.ownerId = ownerId;
        this.name = name;
        this.joinCode = joinCode;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getName() {
        return name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public String getJoinCode() {
        return joinCode;
    }

    public void changeJoinCode(String newCode) {
        this.joinCode = newCode;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Membership> getMembers() {
        return Set.copyOf(members);
    }

    public boolean hasMember(long studentId) {
        return members.stream().anyMatch(m -> m.getStudentId() == studentId);
    }

    /** Adds the student unless they are on the roster already; says whether they were added. */
    public boolean addMember(long studentId, Instant joinedAt) {
        return !hasMember(studentId) && members.add(new Membership(studentId, joinedAt));
    }

    /** Takes the student off the roster; says whether they were on it. */
    public boolean removeMember(long studentId) {
        return members.removeIf(m -> m.getStudentId() == studentId);
    }
}
