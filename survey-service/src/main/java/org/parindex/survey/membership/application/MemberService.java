package org.parindex.survey.membership.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parindex.scoring.Framework;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.CampaignDeleted;
import org.parindex.survey.campaign.domain.CampaignLevel;
import org.parindex.survey.campaign.domain.Campaigns;
import org.parindex.survey.membership.domain.Member;
import org.parindex.survey.membership.domain.Members;
import org.parindex.survey.platform.Role;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.InvalidInputException;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.problem.ProblemException;
import org.parindex.survey.respondent.domain.EmailAddress;
import org.parindex.survey.security.application.AccountService;
import org.parindex.survey.security.domain.Account;
import org.parindex.survey.shipped.ShippedData;
import org.parindex.survey.tabular.ImportReport;
import org.parindex.survey.tabular.ImportReport.Outcome;
import org.parindex.survey.tabular.ImportReport.RowResult;
import org.parindex.survey.tabular.Table;
import org.parindex.survey.unit.domain.Units;

/**
 * Use cases of members: import the officers and appraisers of a campaign from a file (per-row report, all or
 * nothing, idempotent), creating each new account without a password and sending it a sign-in link; list them;
 * send a link again. Every change is audit-logged.
 */
@ApplicationScoped
@Transactional
public class MemberService {

    private Campaigns campaigns;
    private Units units;
    private Members members;
    private AccountService accounts;
    private SignInLinkService links;
    private ShippedData shipped;
    private AuditTrail audit;
    private Clock clock;

    MemberService() {
        // for the CDI proxy
    }

    @Inject
    public MemberService(Campaigns campaigns, Units units, Members members, AccountService accounts,
                         SignInLinkService links, ShippedData shipped, AuditTrail audit, Clock clock) {
        this.campaigns = campaigns;
        this.units = units;
        this.members = members;
        this.accounts = accounts;
        this.links = links;
        this.shipped = shipped;
        this.audit = audit;
        this.clock = clock;
    }

    private record Row(Member member, String name, boolean newAccount) {
    }

    /**
     * Imports a members file: nothing is written unless every row is right; new accounts get a sign-in link.
     *
     * @throws InvalidInputException (422) with the per-row report when any row is wrong
     */
    public ImportReport importFile(long campaignId, byte[] file, boolean dryRun) {
        Campaign campaign = campaign(campaignId);
        Table table = MemberFile.READER.read(file);
        List<String> missing = table.missing(MemberFile.REQUIRED);
        if (!missing.isEmpty()) {
            throw new InvalidInputException("Tệp thiếu cột bắt buộc: " + String.join(", ", missing)
                    + " (cột: username, name, email, role, unit, level, area).",
                    missing.stream().map(c -> FieldError.of(c, "thiếu cột " + c)).toList());
        }
        Map<String, String> levelOfUnit = new HashMap<>();
        units.byCode(campaignId).forEach((code, u) -> levelOfUnit.put(code, u.level()));
        LocalDateTime now = now();
        List<RowResult> results = new ArrayList<>();
        List<Row> accepted = new ArrayList<>();
        Map<String, Integer> rowOfUser = new HashMap<>();
        for (Table.Row r : table.rows()) {
            List<FieldError> errors = new ArrayList<>();
            Optional<Row> row = check(campaign, levelOfUnit, r, now, errors);
            if (row.isPresent()) {
                Integer earlier = rowOfUser.putIfAbsent(row.get().member().username(), r.number());
                if (earlier != null) {
                    errors.add(FieldError.atRow(r.number(), "username", "đã có ở dòng " + earlier,
                            row.get().member().username()));
                }
            }
            String key = r.get("username").isEmpty() ? "—" : r.get("username");
            if (!errors.isEmpty()) {
                results.add(new RowResult(r.number(), Outcome.REJECTED, key, errors));
                continue;
            }
            Row ok = row.orElseThrow();
            accepted.add(ok);
            Optional<Member> stored = members.find(campaignId, ok.member().username());
            results.add(new RowResult(r.number(), stored.isEmpty() ? Outcome.CREATED
                    : stored.get().sameAs(ok.member()) ? Outcome.UNCHANGED : Outcome.UPDATED, key, List.of()));
        }
        ImportReport report = ImportReport.of(table.format(), dryRun, results);
        if (report.rows() == 0) {
            throw InvalidInputException.of("file", "tệp không có dòng dữ liệu nào dưới dòng tiêu đề");
        }
        if (report.rejected() > 0) {
            throw new InvalidInputException(report.rejected() + "/" + report.rows()
                    + " dòng có lỗi; không dòng nào được nhập. Sửa các dòng được nêu rồi nhập lại cả tệp.",
                    report.errors(), report);
        }
        if (!dryRun) {
            for (Row row : accepted) {
                Member m = row.member();
                if (row.newAccount()) {
                    accounts.createInvited(m.username(), row.name(), m.role());
                }
                Optional<Member> stored = members.find(campaignId, m.username());
                if (stored.isEmpty()) {
                    members.add(m);
                } else if (!stored.get().sameAs(m)) {
                    stored.get().takePartOf(m);
                }
                if (row.newAccount()) {
                    links.send(campaignId, m.username(), m.email());
                }
            }
            audit.record(AuditAction.MEMBERS_IMPORTED, campaignId, table.format(), report.rows() + " dòng: "
                    + report.created() + " mới, " + report.updated() + " sửa, " + report.unchanged()
                    + " không đổi");
        }
        return report;
    }

    private Optional<Row> check(Campaign campaign, Map<String, String> levelOfUnit, Table.Row r, LocalDateTime now,
                                List<FieldError> errors) {
        int n = r.number();
        String username = null;
        try {
            username = Account.requireUsername(r.get("username"));
        } catch (ProblemException e) {
            e.errors().forEach(fe -> errors.add(FieldError.atRow(n, fe.field(), fe.message(), r.get("username"))));
        }
        String name = r.get("name");
        if (name.isBlank()) {
            errors.add(FieldError.atRow(n, "name", "bắt buộc, không được để trống", null));
        } else if (name.length() > 200) {
            errors.add(FieldError.atRow(n, "name", "dài quá 200 ký tự", null));
        }
        Optional<EmailAddress> email = EmailAddress.parse(r.get("email"));
        if (email.isEmpty()) {
            errors.add(FieldError.atRow(n, "email", "địa chỉ thư điện tử không hợp lệ", r.get("email")));
        }
        String roleText = r.get("role").isBlank() ? Role.OFFICER_NAME : r.get("role").strip();
        Role role = Role.parse(roleText).filter(x -> x == Role.OFFICER || x == Role.APPRAISER).orElse(null);
        String lower = roleText.toLowerCase(Locale.ROOT);
        if (role == null && List.of("cán bộ", "đầu mối", "cán bộ đầu mối").contains(lower)) {
            role = Role.OFFICER;
        } else if (role == null && List.of("thẩm định", "thành viên thẩm định").contains(lower)) {
            role = Role.APPRAISER;
        }
        if (role == null) {
            errors.add(FieldError.atRow(n, "role", "phải là officer (cán bộ đầu mối) hoặc appraiser (thẩm định)",
                    roleText));
        }
        String unit = r.get("unit");
        String level = r.get("level");
        String area = r.get("area");
        if (role == Role.OFFICER) {
            if (unit.isEmpty()) {
                errors.add(FieldError.atRow(n, "unit", "cán bộ đầu mối phải có mã đơn vị", null));
            } else if (!levelOfUnit.containsKey(unit)) {
                errors.add(FieldError.atRow(n, "unit", "không có đơn vị mã " + unit + " trong đợt đánh giá", unit));
            } else if (campaign.level(levelOfUnit.get(unit)).isEmpty()) {
                errors.add(FieldError.atRow(n, "unit", "đơn vị " + unit + " thuộc cấp " + levelOfUnit.get(unit)
                        + ", cấp không được chấm điểm trong đợt đánh giá", unit));
            }
        } else if (role == Role.APPRAISER) {
            Optional<CampaignLevel> l = campaign.level(level);
            if (level.isEmpty()) {
                errors.add(FieldError.atRow(n, "level", "thành viên thẩm định phải có cấp đánh giá (level)", null));
            } else if (l.isEmpty()) {
                errors.add(FieldError.atRow(n, "level", "đợt đánh giá không có cấp " + level + " (có: "
                        + String.join(", ", campaign.levels().stream().map(CampaignLevel::code).toList()) + ")",
                        level));
            } else if (!area.isEmpty()) {
                Optional<Framework> f = shipped.framework(l.get().framework());
                if (f.isEmpty() || f.get().area(area).isEmpty()) {
                    errors.add(FieldError.atRow(n, "area", "bộ chỉ số " + l.get().framework()
                            + " không có lĩnh vực mã " + area, area));
                }
            }
        }
        boolean newAccount = false;
        if (username != null && role != null) {
            Optional<Account> existing = accounts.lookup(username);
            if (existing.isPresent() && existing.get().role() != role) {
                errors.add(FieldError.atRow(n, "username", "tài khoản " + username + " đã có với vai trò "
                        + existing.get().role().roleName() + " (" + existing.get().role().label() + ")", username));
            }
            newAccount = existing.isEmpty();
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        String mail = email.orElseThrow().canonical();
        Member m = role == Role.OFFICER ? Member.officer(campaign.id(), username, unit, mail, now)
                : Member.appraiser(campaign.id(), username, level, area.isEmpty() ? null : area, mail, now);
        return Optional.of(new Row(m, name, newAccount));
    }

    /** The members of a campaign, by user name. */
    public List<Member> list(long campaignId) {
        campaign(campaignId);
        return members.ofCampaign(campaignId);
    }

    /** The campaigns the caller takes part in, newest first. */
    public List<Member> mine(Caller caller) {
        return members.ofUser(caller.username());
    }

    /** Sends a member a new sign-in link (the old ones stop working). */
    public void resendLink(long campaignId, String username) {
        campaign(campaignId);
        Member m = members.find(campaignId, username)
                .orElseThrow(() -> new NotFoundException("thành viên", username));
        links.send(campaignId, m.username(), m.email());
    }

    void removeAll(@Observes @Priority(CampaignDeleted.RESPONDENTS_FIRST) CampaignDeleted deleted) {
        members.removeAll(deleted.campaignId());
    }

    private Campaign campaign(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("đợt đánh giá", id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
