package org.lectern.course.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.CascadeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One imported version of an article: its lessons, endnotes and where it came from. */
@Entity
@Table(name = "courses")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String lineage;

    @Column(name = "version_number", nullable = false)
    private int version;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false, length = 300)
    private String author;

    @Column(nullable = false, length = 4000)
    private String summary;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "source_name", nullable = false)
    private String sourceName;

    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;

    @Column(name = "generator_version", nullable = false, length = 32)
    private String generatorVersion;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "course_endnotes", joinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "ordinal")
    private List<EndnoteEntry> endnotes = new ArrayList<>();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<Lesson> lessons = new ArrayList<>();

    protected Course() {
        // for JPA
    }

    public Course(String lineage, int version, String title, String author, String summary, String language,
                  String sourceName, String contentSha256, String generatorVersion, Long ownerId, Instant createdAt) {
        this.language = language;
        this.lineage = lineage;
        this.version = version;
        this.title = title;
        this.author = author;
        this.summary = summary;
        this.sourceName = sourceName;
        this.contentSha256 = contentSha256;
        this.generatorVersion = generatorVersion;
        this.ownerId = ownerId;
        this.createdAt = createdAt;
    }

    public Lesson addLesson(String lessonTitle, int rejectedQuestions) {
        var lesson = new Lesson(this, lessons.size(), lessonTitle, rejectedQuestions);
        lessons.add(lesson);
        return lesson;
    }

    public Long getId() {
        return id;
    }

    public String getLineage() {
        return lineage;
    }

    public int getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthor() {
        return author;
    }

    public String getLanguage() {
        return language;
    }

    public String getSummary() {
        return summary;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public String getGeneratorVersion() {
        return generatorVersion;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<EndnoteEntry> getEndnotes() {
        return endnotes;
    }

    public List<Lesson> getLessons() {
        return lessons;
    }
}
