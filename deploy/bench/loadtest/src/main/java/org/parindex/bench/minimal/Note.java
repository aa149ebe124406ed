package org.parindex.bench.minimal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The one entity. */
@Entity
public class Note {

    @Id
    private long id;

    private String text;

    protected Note() {
        // for JPA
    }

    Note(long id, String text) {
        this.id = id;
        this.text = text;
    }

    String text() {
        return text;
    }
}
