package org.parindex.survey.results.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * One level of a publication: the framework it was scored with (code, version, name and its exact JSON text),
 * what the secretariat was warned of, and the frozen files — {@code framework.json}, {@code units.csv},
 * {@code scores.csv}, {@code answers.csv} (the inputs, in the formats the scoring CLI reads) and
 * {@code results.csv} (scoring-lib's results table). Stored in parts of at most {@value #PART} characters, so
 * that the same SQL works on Derby and PostgreSQL.
 */
@Entity
@Table(name = "result_publication_level")
public class PublishedLevel {

    /** Largest part of a document. */
    static final int PART = 16_000;

    /** Names of the documents of a level. */
    public static final String FRAMEWORK = "framework.json";
    public static final String UNITS = "units.csv";
    public static final String SCORES = "scores.csv";
    public static final String ANSWERS = "answers.csv";
    public static final String RESULTS = "results.csv";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "publication_id", updatable = false)
    private Publication publication;

    @Column(name = "level_code", nullable = false, updatable = false, length = 50)
    private String levelCode;

    @Column(name = "level_name", nullable = false, updatable = false, length = 200)
    private String levelName;

    @Column(name = "framework_code", nullable = false, updatable = false, length = 50)
    private String frameworkCode;

    @Column(name = "framework_version", updatable = false, length = 100)
    private String frameworkVersion;

    @Column(name = "framework_name", nullable = false, updatable = false, length = 300)
    private String frameworkName;

    @Column(name = "units_scored", nullable = false, updatable = false)
    private int unitsScored;

    @Column(name = "answers_tallied", nullable = false, updatable = false)
    private long answersTallied;

    @Column(updatable = false, length = 4000)
    private String warnings;

    @Column(name = "sort_order", nullable = false, updatable = false)
    private int ordinal;

    @OneToMany(mappedBy = "level", cascade = CascadeType.PERSIST)
    @OrderBy("name, part")
    private List<DocumentPart> parts = new ArrayList<>();

    protected PublishedLevel() {
        // for JPA
    }

    PublishedLevel(Publication publication, LevelInputs inputs, String frameworkJson, String resultsCsv,
                   int ordinal) {
        this.publication = publication;
        this.levelCode = inputs.level();
        this.levelName = inputs.levelName();
        this.frameworkCode = inputs.framework().code();
        this.frameworkVersion = inputs.framework().version().orElse(null);
        this.frameworkName = cut(inputs.framework().name(), 300);
        this.unitsScored = inputs.scoredUnits().size();
        this.answersTallied = inputs.answers();
        this.warnings = inputs.warnings().isEmpty() ? null : cut(String.join("\n", inputs.warnings()), 4000);
        this.ordinal = ordinal;
        store(FRAMEWORK, frameworkJson);
        store(UNITS, inputs.unitsCsv());
        store(SCORES, inputs.scoresCsv());
        store(ANSWERS, inputs.answersCsv());
        store(RESULTS, resultsCsv);
    }

    private void store(String name, String text) {
        int part = 0;
        for (int at = 0; at < text.length() || part == 0; part++) {
            int end = Math.min(text.length(), at + PART);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            parts.add(new DocumentPart(this, name, part, text.substring(at, end)));
            at = end;
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The document {@code name} (one of the constants of this class), whole. */
    public String document(String name) {
        StringBuilder s = new StringBuilder();
        parts.stream().filter(p -> p.name().equals(name)).sorted(java.util.Comparator.comparingInt(DocumentPart::part))
                .forEach(p -> s.append(p.content()));
        return s.toString();
    }

    /** The result rows, in ranking order. */
    public List<ResultRow> rows() {
        return ResultRow.fromCsv(document(RESULTS));
    }

    public String levelCode() {
        return levelCode;
    }

    public String levelName() {
        return levelName;
    }

    public String frameworkCode() {
        return frameworkCode;
    }

    /** The framework's version, e.g. {@code 2022-2030}, or null when it declares none. */
    public String frameworkVersion() {
        return frameworkVersion;
    }

    public String frameworkName() {
        return frameworkName;
    }

    public int unitsScored() {
        return unitsScored;
    }

    public long answersTallied() {
        return answersTallied;
    }

    public List<String> warnings() {
        return warnings == null ? List.of() : List.of(warnings.split("\n"));
    }

    public Publication publication() {
        return publication;
    }
}
