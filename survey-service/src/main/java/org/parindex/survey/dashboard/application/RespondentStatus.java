package org.parindex.survey.dashboard.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.invitation.application.InvitationService;
import org.parindex.survey.invitation.domain.Invitation;
import org.parindex.survey.invitation.domain.Invitations.Invitee;
import org.parindex.survey.invitation.domain.Invitations.InviteeFilter;
import org.parindex.survey.campaign.domain.Channel;
import org.parindex.survey.questionnaire.domain.Submission;
import org.parindex.survey.questionnaire.domain.Submissions;
import org.parindex.survey.respondent.domain.Respondent;
import org.parindex.survey.tabular.CsvCells;

/**
 * Who has answered, never what: every respondent of a campaign with their invitation status, when they were
 * invited, reminded and submitted, and how (online or on paper), as CSV (UTF-8 with a byte order mark, so that
 * Excel shows Vietnamese right) or XLSX. Each export is audit-logged.
 */
@ApplicationScoped
@Transactional
class RespondentStatus {

    static final String[] HEADER = {"STT", "Họ và tên", "Chức vụ", "Cơ quan, đơn vị", "E-mail", "Điện thoại", "Nhóm",
        "Đơn vị", "Trạng thái", "Mời lúc", "Số lần nhắc", "Nộp phiếu lúc", "Hình thức"};
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private InvitationService invitations;
    private Submissions submissions;
    private AuditTrail audit;

    RespondentStatus() {
        // for the CDI proxy
    }

    @Inject
    RespondentStatus(InvitationService invitations, Submissions submissions, AuditTrail audit) {
        this.invitations = invitations;
        this.submissions = submissions;
        this.audit = audit;
    }

    /** The rows: one per respondent, in registration order. */
    List<List<String>> rows(long campaignId) {
        List<Invitee> all = invitations.list(campaignId, InviteeFilter.ALL, 0, Integer.MAX_VALUE);
        Map<Long, Submission> submitted = new HashMap<>();
        submissions.ofCampaign(campaignId).forEach(s -> submitted.put(s.respondentId(), s));
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Invitee i : all) {
            Respondent r = i.respondent();
            Invitation inv = i.invitation();
            Submission s = submitted.get(r.id());
            String status = s != null ? "Đã nộp phiếu" : inv == null ? "Chưa mời" : inv.status().label();
            rows.add(List.of(Integer.toString(++n), r.fullName(), r.position().orElse(""),
                    r.organisation().orElse(""), r.email().orElse(""), r.phone().orElse(""), r.group().name(),
                    r.homeUnit().map(u -> u.name()).orElse(""), status, inv == null ? "" : when(inv.invitedAt()),
                    inv == null ? "" : Integer.toString(inv.remindersSent()), s == null ? "" : when(s.submittedAt()),
                    s == null ? "" : s.channel() == Channel.PAPER ? "Phiếu giấy" : "Trực tuyến"));
        }
        return rows;
    }

    /** The rows as CSV. */
    byte[] csv(long campaignId) {
        List<List<String>> rows = rows(campaignId);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER)
                .setRecordSeparator("\r\n").get())) {
            for (List<String> row : rows) {
                CsvCells.printRow(p, row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.RESPONDENTS_EXPORTED, campaignId, "CSV", rows.size() + " người");
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The rows as an XLSX workbook. */
    byte[] xlsx(long campaignId) {
        List<List<String>> rows = rows(campaignId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "ParIndex", "1.0");
            Worksheet ws = wb.newWorksheet("Trạng thái");
            for (int c = 0; c < HEADER.length; c++) {
                ws.value(0, c, HEADER[c]);
                ws.style(0, c).bold().fillColor("E5E7EB").set();
            }
            int r = 1;
            for (List<String> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    ws.value(r, c, row.get(c));
                }
                r++;
            }
            ws.width(1, 28);
            ws.width(3, 36);
            ws.width(4, 30);
            ws.width(6, 34);
            ws.width(7, 30);
            ws.width(8, 18);
            ws.freezePane(2, 1);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("writing XLSX to memory", e);
        }
        audit.record(AuditAction.RESPONDENTS_EXPORTED, campaignId, "XLSX", rows.size() + " người");
        return out.toByteArray();
    }

    private static String when(LocalDateTime t) {
        return t == null ? "" : WHEN.format(t);
    }
}
