package org.parindex.survey.results.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A part of a frozen document of a published level (see {@link PublishedLevel}). Immutable. */
@Entity
@Table(name = "result_document_part")
public class DocumentPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "level_id", updatable = false)
    private PublishedLevel level;

    @Column(nullable = false, updatable = false, length = 40)
    private String name;

    @Column(nullable = false, updatable = false)
    private int part;

    @Column(nullable = false, updatable = false, length = PublishedLevel.PART)
    private String content;

    protected DocumentPart() {
        // for JPA
    }

    DocumentPart(PublishedLevel level, String name, int part, String content) {
        this.level = level;
        this.name = name;
        this.part = part;
        this.content = content;
    }

    String name() {
        return name;
    }

    int part() {
        return part;
    }

    String content() {
        return content;
    }
}
