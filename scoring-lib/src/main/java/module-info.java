/**
 * ParIndex scoring: computes the Administrative Reform Index (Chỉ số cải cách hành chính, PAR Index) of units
 * from a framework, appraised scores and tallied survey answers, and explains every point.
 *
 * <p>{@code org.parindex.scoring} is the model and the scoring API (JDK only); {@code org.parindex.scoring.format}
 * reads and writes the project's JSON and CSV files. The command-line tool is not exported.
 */
module org.parindex.scoring {
    requires jakarta.json;
    requires org.apache.commons.csv;

    exports org.parindex.scoring;
    exports org.parindex.scoring.format;
}
