package org.parindex.bench;

import static org.parindex.bench.LoadTest.GROUP;
import static org.parindex.bench.LoadTest.OUT;
import static org.parindex.bench.LoadTest.admin;
import static org.parindex.bench.LoadTest.adminGet;
import static org.parindex.bench.LoadTest.campaign;
import static org.parindex.bench.LoadTest.json;
import static org.parindex.bench.LoadTest.load;
import static org.parindex.bench.LoadTest.ok;
import static org.parindex.bench.LoadTest.send;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The invitation benchmark of issue 12 ({@code LoadTest invitations BASE N SMTP_PORT}): starts GreenMail's SMTP
 * server on 127.0.0.1:SMTP_PORT (the service must be started with {@code SURVEY_MAIL_SMTP_HOST=127.0.0.1} and that
 * port), imports N respondents (CSV through the API) into group HDND_TINH of the demo campaign, times the
 * invite call (it answers after the transaction that issued every link and queued every mail has committed), then
 * follows delivery until GreenMail holds N mails and the batch reports N SENT; checks that no mail arrived twice
 * (by the X-ParIndex-Mail header) and prints the figures.
 */
final class InviteBench {

    private InviteBench() {
    }

    static void run(URI base, int n, int smtpPort) throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            measure(base, n, smtp);
        } finally {
            smtp.stop();
        }
    }

    private static void measure(URI base, int n, GreenMail smtp) throws Exception {
        long id = campaign(base);
        Map<String, Object> c = Json.obj(Json.parse(ok(send(admin(base, "api/campaigns/" + id)))));
        if (!"OPEN".equals(c.get("status"))) {
            ok(send(admin(base, "api/campaigns/" + id + "/status").header("Content-Type", "application/json")
                    .POST(json("{\"status\":\"OPEN\"}"))));
        }
        StringBuilder csv = new StringBuilder("full_name,email,group\n");
        for (int i = 1; i <= n; i++) {
            csv.append("Người dân ").append(i).append(",nguoidan").append(i).append("@example.invalid,")
                    .append(GROUP).append('\n');
        }
        long t0 = System.nanoTime();
        ok(send(admin(base, "api/campaigns/" + id + "/respondents/import").header("Content-Type", "text/csv")
                .POST(json(csv.toString()))));
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        OUT.printf(Locale.ROOT, "invitations: %d respondents imported into %s of campaign %d in %.2f s (load %s)%n",
                n, GROUP, id, importSeconds, load());

        long before = smtp.getReceivedMessages().length;
        long t1 = System.nanoTime();
        HttpResponse<String> r = send(admin(base, "api/campaigns/" + id + "/invitations")
                .header("Content-Type", "application/json").POST(json("{\"group\":\"" + GROUP + "\"}")));
        long invited = System.nanoTime();
        Map<String, Object> answer = Json.obj(Json.parse(ok(r)));
        double inviteSeconds = (invited - t1) / 1e9;
        Map<String, Object> batch = Json.obj(answer.get("batch"));
        long total = (Long) batch.get("total");
        OUT.printf(Locale.ROOT, "invitations: invite call %.2f s → %d invited, %d mails queued (HTTP %d, load %s)"
                        + "  goal < 10 s: %s%n", inviteSeconds, (Long) answer.get("done"), total,
                r.statusCode(), load(), inviteSeconds < 10 ? "met" : "NOT met");
        String progress = (String) batch.get("href");

        // Delivery: GreenMail's count, every 100 ms, until every queued mail has arrived (at most 15 minutes).
        long first = 0;
        long last = 0;
        long seen = 0;
        long deadline = System.nanoTime() + 900_000_000_000L;
        while (seen < total && System.nanoTime() < deadline) {
            long now = System.nanoTime();
            long count = smtp.getReceivedMessages().length - before;
            if (count > seen) {
                if (seen == 0) {
                    first = now;
                }
                seen = count;
                last = now;
            }
            Thread.sleep(100);
        }
        double span = (last - first) / 1e9;
        double fromInvite = (last - invited) / 1e9;
        OUT.printf(Locale.ROOT, "invitations: %d of %d mails received by SMTP; first %.2f s after the invite"
                        + " answered, last %.2f s after; %.1f mails/s from first to last, %.1f mails/s from the"
                        + " invite's answer  goal ≥ 200/s: %s (load %s)%n", seen, total, (first - invited) / 1e9,
                fromInvite, (seen - 1) / span, seen / fromInvite, (seen - 1) / span >= 200 ? "met" : "NOT met",
                load());

        // Every mail SENT in the outbox too, and none twice at the SMTP server.
        Map<String, Object> p = Map.of();
        for (int i = 0; i < 600; i++) {
            p = Json.obj(Json.parse(adminGet(base, progress)));
            if ((Long) p.get("queued") == 0) {
                break;
            }
            Thread.sleep(500);
        }
        Set<String> ids = new HashSet<>();
        long duplicates = 0;
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (!ids.add(header(m, "X-ParIndex-Mail"))) {
                duplicates++;
            }
        }
        OUT.printf(Locale.ROOT, "invitations: batch %s: total %s, sent %s, queued %s, failed %s; mails received"
                        + " twice: %d%n", batch.get("batchId"), p.get("total"), p.get("sent"), p.get("queued"),
                p.get("failed"), duplicates);
        if (duplicates > 0 || seen != total || !Long.valueOf(total).equals(p.get("sent"))) {
            throw new IllegalStateException("delivery incomplete or duplicated");
        }
    }

    private static String header(MimeMessage m, String name) throws MessagingException {
        String[] h = m.getHeader(name);
        return h == null ? "?" : h[0];
    }
}
