package org.parindex.bench.bare;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The bare ceiling of issue 12 (benchmark build only, never in the product WAR): takes the same submission body as
 * {@code POST /q/api/{token}/submission} (the answers as JSON), parses it, and writes one row per answer into a
 * table shaped like {@code survey_answer} (random UUID key, the tally index) with plain JDBC: one batch, one commit.
 * No validation, no respondent, no queue, no mixer. Database: system property or environment variable
 * {@code BARE_DB_URL} (default embedded Derby {@code $SURVEY_DATA_DIR/derby/bare}); connections are kept in a small
 * pool of its own (32, like the product's).
 */
@Path("submission")
@ApplicationScoped
public class BareSubmission {

    private static final int POOL = 32;
    private final BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(POOL);
    private volatile String url;
    private int opened;

    static String url() {
        String u = System.getProperty("BARE_DB_URL", System.getenv("BARE_DB_URL"));
        if (u != null && !u.isBlank()) {
            return u;
        }
        String dir = System.getProperty("SURVEY_DATA_DIR", System.getenv().getOrDefault("SURVEY_DATA_DIR", "data"));
        return "jdbc:derby:" + dir + "/derby/bare;create=true";
    }

    private synchronized void init() throws SQLException {
        if (url != null) {
            return;
        }
        String u = url();
        try {
            Class.forName(u.startsWith("jdbc:derby:") ? "org.apache.derby.iapi.jdbc.AutoloadedDriver" : "org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new SQLException(e);
        }
        try (Connection c = DriverManager.getConnection(u, System.getenv("BARE_DB_USER"), System.getenv("BARE_DB_PASSWORD"));
             Statement s = c.createStatement()) {
            boolean exists;
            try (ResultSet r = c.getMetaData().getTables(null, null, u.startsWith("jdbc:derby:") ? "BARE_ANSWER" : "bare_answer", null)) {
                exists = r.next();
            }
            if (!exists) {
                s.execute("CREATE TABLE bare_answer (id VARCHAR(36) NOT NULL PRIMARY KEY, campaign_id BIGINT NOT NULL,"
                        + " group_code VARCHAR(50) NOT NULL, questionnaire_code VARCHAR(50) NOT NULL,"
                        + " question_code VARCHAR(50) NOT NULL, criterion_code VARCHAR(50) NOT NULL,"
                        + " unit_code VARCHAR(50) NOT NULL, option_code VARCHAR(20) NOT NULL)");
                s.execute("CREATE INDEX ix_bare_answer_tally ON bare_answer (campaign_id, unit_code, criterion_code)");
            }
        }
        url = u;
    }

    private Connection borrow() throws SQLException, InterruptedException {
        if (url == null) {
            init();
        }
        Connection c = pool.poll();
        if (c != null) {
            return c;
        }
        synchronized (this) {
            if (opened < POOL) {
                opened++;
                Connection n = DriverManager.getConnection(url, System.getenv("BARE_DB_USER"), System.getenv("BARE_DB_PASSWORD"));
                n.setAutoCommit(false);
                return n;
            }
        }
        c = pool.poll(30, TimeUnit.SECONDS);
        if (c == null) {
            throw new SQLException("no connection within 30 s");
        }
        return c;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String ready() throws SQLException {
        init();
        return "bare " + url.replaceAll(";.*", "") + "\n";
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response submit(InputStream body) throws Exception {
        JsonObject json;
        try (JsonReader r = Json.createReader(body)) {
            json = r.readObject();
        }
        Connection c = borrow();
        boolean ok = false;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO bare_answer (id, campaign_id, group_code,"
                + " questionnaire_code, question_code, criterion_code, unit_code, option_code)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (JsonValue v : json.getJsonArray("answers")) {
                JsonObject a = v.asJsonObject();
                insert.setString(1, UUID.randomUUID().toString());
                insert.setLong(2, 1);
                insert.setString(3, "HDND_TINH");
                insert.setString(4, a.getString("form"));
                insert.setString(5, a.getString("question"));
                insert.setString(6, a.getString("question"));
                insert.setString(7, a.getString("unit"));
                insert.setString(8, a.getString("option"));
                insert.addBatch();
                n++;
            }
            insert.executeBatch();
            c.commit();
            ok = true;
            return Response.status(201).entity("{\"rows\":" + n + "}").build();
        } finally {
            if (!ok) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // the connection is dropped below
                }
            }
            pool.offer(c);
        }
    }

    @PreDestroy
    void close() {
        Connection c;
        while ((c = pool.poll()) != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }
}
