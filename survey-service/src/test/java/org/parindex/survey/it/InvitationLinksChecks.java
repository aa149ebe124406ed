package org.parindex.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Invitations with the embedded default (no SMTP server: mails become .eml files in the outbox folder), links as
 * QR codes and card sheets, revoking, throttling, templates and reminder caps. A group of {@link ApiIT}, whose
 * settings these checks rely on: at most 1 reminder, no spacing, the shipped 20 wrong links per client, X-Forwarded-For
 * trusted.
 */
abstract class InvitationLinksChecks {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The deployment's base URL, set by the enclosing {@code *IT} class. */
    URL base;

    private Api http;

    @BeforeEach
    void connect() {
        http = new Api(base);
    }

    /**
     * 64 respondents' requests at once (three times the 20 links, each request in its own transaction): a link's
     * throttle check once held a connection of its own to the end of the transaction, so 32 requests took the
     * whole pool (32) and waited 10 s for a second connection each, and answered 503.
     */
    @Test
    void sixtyFourQuestionnaireRequestsAtOnceAreAllAnswered() throws Exception {
        Survey.Campaign c = Survey.openCampaign(http, "Mở phiếu cùng lúc", "burst.", "HDND_TINH");
        http.post(c.api() + "/invitations", "{}").json(202);
        List<String> tokens = new ArrayList<>();
        for (long respondent : c.byEmail().values()) {
            String link = http.get(c.api() + "/invitations/" + respondent + "/link").json(200).getString("link");
            tokens.add(link.substring(link.lastIndexOf("/q/") + 3));
        }
        assertThat(tokens).hasSize(20);
        Api respondents = http.anonymous();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(64);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String token = tokens.get(i % tokens.size());
                answers.add(pool.submit(() -> {
                    go.await();
                    try {
                        Api.Answer answer = respondents.get("q/api/" + token);
                        return answer.status() == 200 ? null : answer.status() + " " + answer.body();
                    } catch (RuntimeException e) {
                        return e.toString(); // the server dropped the connection
                    }
                }));
            }
            go.countDown();
            List<String> refused = new ArrayList<>();
            for (java.util.concurrent.Future<String> a : answers) {
                String problem = a.get(2, java.util.concurrent.TimeUnit.MINUTES);
                if (problem != null) {
                    refused.add(problem);
                }
            }
            assertThat(refused).as("requests not answered 200").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutSmtpTheMailsAreEmlFilesListedAndServedByTheApi() throws Exception {
        Survey.Campaign c = Survey.openCampaign(http, "Hộp thư đi dạng tệp", "eml.", "LANH_DAO_MTTQ_TINH");
        JsonObject batch = http.post(c.api() + "/invitations", "{\"group\":\"LANH_DAO_MTTQ_TINH\"}").json(202)
                .getJsonObject("batch");
        assertThat(Survey.awaitBatch(http, batch, Duration.ofSeconds(60)).getInt("sent")).isEqualTo(4);

        JsonObject files = http.get(c.api() + "/outbox/files").json(200);
        assertThat(files.getBoolean("writesFiles")).isTrue();
        List<JsonObject> list = files.getJsonArray("files").getValuesAs(JsonObject.class);
        assertThat(list).hasSize(4);
        Set<String> recipients = new HashSet<>();
        for (JsonObject f : list) {
            Api.Answer eml = http.get(f.getString("href"));
            assertThat(eml.status()).isEqualTo(200);
            assertThat(eml.contentType()).startsWith("message/rfc822");
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(eml.bytes()));
            assertThat(m.getSubject()).startsWith("Mời tham gia khảo sát Chỉ số cải cách hành chính");
            String to = ((InternetAddress) m.getAllRecipients()[0]).getAddress();
            recipients.add(to);
            String raw = new String(eml.bytes(), java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(raw).contains("Message-ID: <parindex.mail.");
        }
        assertThat(recipients).isEqualTo(c.byEmail().keySet());
        JsonObject outbox = http.get(c.api() + "/outbox?status=SENT").json(200);
        assertThat(outbox.getJsonObject("items").getInt("total")).isEqualTo(4);
        assertThat(outbox.getJsonObject("counts").getInt("SENT")).isEqualTo(4);
        http.get(c.api() + "/outbox/files/..%2F..%2Fsecrets%2Finvitation-link.key").problem(400); // not canonical
        http.get(c.api() + "/outbox/files/mail-999999.eml").problem(404);
    }

    @Test
    void theQrCodeDecodesToTheRespondentsLinkAndTheCardSheetHasOneCardPerRespondent() throws Exception {
        Survey.Campaign c = Survey.openCampaign(http, "Thẻ mã QR", "qr.", "HDND_TINH");
        JsonObject answer = http.post(c.api() + "/invitations", "{\"group\":\"HDND_TINH\",\"sendMail\":false}")
                .json(200);
        assertThat(answer.getInt("done")).isEqualTo(20);
        assertThat(answer.containsKey("batch")).as("no mail for paper-only links").isFalse();

        long respondent = c.byEmail().values().iterator().next();
        JsonObject link = http.get(c.api() + "/invitations/" + respondent + "/link").json(200);
        Api.Answer png = http.get(c.api() + "/invitations/" + respondent + "/qr.png?size=300");
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.contentType()).isEqualTo("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        assertThat(decoded).isEqualTo(link.getString("link"));
        String token = decoded.substring(decoded.lastIndexOf('/') + 1);
        assertThat(http.get("link/" + token).json(200).getJsonNumber("respondentId").longValue())
                .isEqualTo(respondent);
        Api.Answer svg = http.get(c.api() + "/invitations/" + respondent + "/qr.svg");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.body()).startsWith("<?xml").contains("<svg").contains(link.getString("link"));
        http.get(c.api() + "/invitations/" + respondent + "/qr.png?size=9").problem(400);

        Api.Answer pdf = http.get(c.api() + "/invitations/cards.pdf?group=HDND_TINH");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        PdfReader reader = new PdfReader(pdf.bytes());
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(3);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(extractor.getTextFromPage(p)).append('\n');
            }
            Matcher codes = Pattern.compile("Mã phiếu:\\s*([0-9A-Z]{5}-[0-9A-Z]{5})").matcher(text);
            List<String> printed = new ArrayList<>();
            while (codes.find()) {
                printed.add(codes.group(1));
            }
            assertThat(printed).hasSize(20).doesNotHaveDuplicates().contains(link.getString("code"));
            String flat = text.toString().replaceAll("\\s+", " ");
            assertThat(flat).contains("Đại biểu Hội đồng nhân dân tỉnh", "quét mã QR", "Hạn trả lời: 31/12/2030");
            assertThat(c.names().values()).allSatisfy(name -> assertThat(flat).contains(name));
        } finally {
            reader.close();
        }
        http.get(c.api() + "/invitations/cards.pdf?group=LANH_DAO_SO").problem(409);
        http.get(c.api() + "/invitations/cards.pdf?group=NO_SUCH_GROUP").problem(422);
    }

    @Test
    void unknownTokensAndCodesAre404sAndTooManyAreThrottledWith429() {
        String client = "203.0.113." + (1 + RANDOM.nextInt(250));
        for (int i = 0; i < 18; i++) { // with the two below, the shipped limit of 20 wrong links per client
            http.get("link/" + randomToken(), "X-Forwarded-For", client).problem(404);
        }
        http.get("link/7KQ4M-Z2P9X", "X-Forwarded-For", client).problem(404);
        http.get("link/not-even-a-token", "X-Forwarded-For", client).problem(404);
        Api.Answer throttled = http.get("link/" + randomToken(), "X-Forwarded-For", client);
        JsonObject p = throttled.problem(429);
        assertThat(p.getString("type")).isEqualTo("urn:parindex:problem:too-many-requests");
        assertThat(throttled.retryAfter()).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
        http.get("link/" + randomToken(), "X-Forwarded-For", "198.51.100.9").problem(404);
    }

    @Test
    void aReissuedOrRevokedLinkIsDeadAtOnce() {
        Survey.Campaign c = Survey.openCampaign(http, "Thu hồi liên kết", "revoke.", "LANH_DAO_MTTQ_TINH");
        http.post(c.api() + "/invitations", "{\"sendMail\":false}").json(200);
        long respondent = c.byEmail().values().iterator().next();
        JsonObject first = http.get(c.api() + "/invitations/" + respondent + "/link").json(200);
        String firstToken = token(first);

        JsonObject reissued = http.post(c.api() + "/invitations/" + respondent + "/reissue", "{\"sendMail\":false}")
                .json(200);
        assertThat(reissued.getString("status")).isEqualTo("INVITED");
        JsonObject second = http.get(c.api() + "/invitations/" + respondent + "/link").json(200);
        assertThat(token(second)).isNotEqualTo(firstToken);
        http.get("link/" + firstToken).problem(410);
        http.get("link/" + first.getString("code")).problem(410);
        assertThat(http.get("link/" + token(second)).json(200).getJsonNumber("respondentId").longValue())
                .isEqualTo(respondent);

        JsonObject revoked = http.delete(c.api() + "/invitations/" + respondent).json(200);
        assertThat(revoked.getString("status")).isEqualTo("NOT_INVITED");
        http.get("link/" + token(second)).problem(410);
        http.get(c.api() + "/invitations/" + respondent + "/link").problem(409);
        http.delete(c.api() + "/invitations/" + respondent).problem(409);
        http.get(c.api() + "/invitations/999999999/link").problem(404);
    }

    @Test
    void templatesAreValidatedPreviewedAndUsedForTheirGroup() throws Exception {
        Survey.Campaign c = Survey.openCampaign(http, "Mẫu thư riêng", "tpl.", "LANH_DAO_MTTQ_TINH");
        Api.Answer bad = http.put(c.api() + "/mail-templates/invitation?group=LANH_DAO_MTTQ_TINH",
                "{\"subject\":\"Kính mời {{hoTen}}\",\"html\":\"<p>không có liên kết</p>\",\"text\":\"{{link}}\"}");
        JsonObject problem = bad.problem(422);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("subject", "html");
        http.put(c.api() + "/mail-templates/invitation", "{\"subject\":\"x\"}").problem(422);
        http.get(c.api() + "/mail-templates/letter").problem(404);

        JsonObject saved = http.put(c.api() + "/mail-templates/invitation?group=LANH_DAO_MTTQ_TINH",
                "{\"subject\":\"Kính mời đồng chí {{name}} góp ý (hạn {{deadline}})\","
                        + "\"html\":\"<p>Kính gửi đồng chí {{name}}: <a href=\\\"{{link}}\\\">phiếu</a></p>\","
                        + "\"text\":\"Kính gửi đồng chí {{name}}: {{link}}\"}").json(200);
        assertThat(saved.getString("source")).isEqualTo("GROUP");
        long respondent = c.byEmail().values().iterator().next();
        String name = c.names().get(respondent);
        JsonObject preview = http.post(c.api() + "/mail-templates/invitation/preview?respondent=" + respondent, "{}")
                .json(200);
        assertThat(preview.getString("subject")).isEqualTo("Kính mời đồng chí " + name + " góp ý (hạn 31/12/2030)");
        assertThat(preview.getString("text")).startsWith("Kính gửi đồng chí " + name + ": http")
                .contains("VIDU-LIEN-KET-MAU");
        JsonObject others = http.get(c.api() + "/mail-templates/invitation?group=HDND_TINH").json(200);
        assertThat(others.getString("source")).isEqualTo("DEFAULT");

        JsonObject batch = http.post(c.api() + "/invitations", "{}").json(202).getJsonObject("batch");
        Survey.awaitBatch(http, batch, Duration.ofSeconds(60));
        JsonObject file = http.get(c.api() + "/outbox/files").json(200).getJsonArray("files")
                .getValuesAs(JsonObject.class).get(0);
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(http.get(file.getString("href")).bytes()));
        assertThat(m.getSubject()).startsWith("Kính mời đồng chí ").endsWith(" góp ý (hạn 31/12/2030)");

        JsonObject reset = http.delete(c.api() + "/mail-templates/invitation?group=LANH_DAO_MTTQ_TINH").json(200);
        assertThat(reset.getString("source")).isEqualTo("DEFAULT");
    }

    @Test
    void remindersGoToThoseWhoHaveNotSubmittedUpToTheCap() {
        Survey.Campaign c = Survey.openCampaign(http, "Thư nhắc", "remind.", "LANH_DAO_MTTQ_TINH");
        JsonObject invited = http.post(c.api() + "/invitations", "{}").json(202);
        Survey.awaitBatch(http, invited.getJsonObject("batch"), Duration.ofSeconds(60));

        Api.Answer first = http.post(c.api() + "/reminders", "{\"group\":\"LANH_DAO_MTTQ_TINH\"}");
        JsonObject reminded = first.json(202);
        assertThat(reminded.getInt("done")).isEqualTo(4);
        JsonObject batch = Survey.awaitBatch(http, reminded.getJsonObject("batch"), Duration.ofSeconds(60));
        assertThat(batch.getString("purpose")).isEqualTo("REMINDER");
        assertThat(batch.getInt("sent")).isEqualTo(4);

        JsonObject capped = http.post(c.api() + "/reminders", "{}").json(200);
        assertThat(capped.getInt("done")).isZero();
        assertThat(capped.getJsonObject("skipped").getInt("CAP_REACHED")).isEqualTo(4);
        assertThat(http.get(c.api() + "/invitations?status=INVITED").json(200).getJsonArray("items")
                .getValuesAs(JsonObject.class)).allSatisfy(i -> assertThat(i.getInt("remindersSent")).isEqualTo(1));
    }

    @Test
    void invitingNeedsAnOpenCampaignAKnownGroupAndAnExistingCampaign() {
        long draft = http.post("api/campaigns", "{\"samplePlan\":\"haiduong-2023\",\"name\":\"Nháp\","
                + "\"withUnits\":false}").json(201).getJsonNumber("id").longValue();
        JsonObject conflict = http.post("api/campaigns/" + draft + "/invitations", "{}").problem(409);
        assertThat(conflict.getString("detail")).contains("OPEN");
        http.post("api/campaigns/" + draft + "/reminders", "{}").problem(409);
        http.post("api/campaigns/999999999/invitations", "{}").problem(404);
        http.get("api/campaigns/abc/invitations").problem(404);
        Survey.Campaign c = Survey.openCampaign(http, "Nhóm không có", "nogroup.", "LANH_DAO_MTTQ_TINH");
        JsonObject unknown = http.post(c.api() + "/invitations", "{\"group\":\"KHONG_CO\"}").problem(422);
        assertThat(unknown.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("group");
        http.get(c.api() + "/invitations?status=MAYBE").problem(400);
        JsonObject list = http.get(c.api() + "/invitations?status=NOT_INVITED").json(200);
        assertThat(list.getInt("total")).isEqualTo(4);
        assertThat(http.get("/openapi").body()).contains("/api/campaigns/{id}/invitations:",
                "/api/campaigns/{id}/reminders:", "/api/campaigns/{id}/outbox/batches/{batchId}:",
                "/api/campaigns/{id}/invitations/cards.pdf:", "/link/{credential}:");
    }

    private static String randomToken() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String token(JsonObject link) {
        String l = link.getString("link");
        return l.substring(l.lastIndexOf('/') + 1);
    }
}
