package org.parindex.survey.membership.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.mail.domain.Outbox;
import org.parindex.survey.mail.domain.OutboxMail;
import org.parindex.survey.membership.domain.SignInLink;
import org.parindex.survey.membership.domain.SignInLinks;
import org.parindex.survey.platform.SurveyConfig;
import org.parindex.survey.problem.InvalidInputException;
import org.parindex.survey.security.application.AccountService;
import org.parindex.survey.security.domain.Account;

/**
 * Sign-in links: issuing one queues a mail in the outbox (in the caller's transaction) with the address
 * {@code <public base URL>admin/activate.html#<token>}; the token sits after {@code #}, so it is never sent to a
 * server or written in an access log when the page opens. Using it sets the account's password, once, before it
 * expires; issuing a new link for an account withdraws its unused ones.
 */
@ApplicationScoped
@Transactional
public class SignInLinkService {

    /** The outbox purpose of a sign-in mail. */
    public static final String PURPOSE = "SIGN_IN";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private SignInLinks links;
    private AccountService accounts;
    private Outbox outbox;
    private MembershipConfig config;
    private SurveyConfig survey;
    private AuditTrail audit;
    private Clock clock;

    SignInLinkService() {
        // for the CDI proxy
    }

    @Inject
    public SignInLinkService(SignInLinks links, AccountService accounts, Outbox outbox, MembershipConfig config,
                             SurveyConfig survey, AuditTrail audit, Clock clock) {
        this.links = links;
        this.accounts = accounts;
        this.outbox = outbox;
        this.config = config;
        this.survey = survey;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues a link for {@code username} and queues its mail to {@code email} under campaign {@code campaignId}. */
    public void send(long campaignId, String username, String email) {
        Account account = accounts.find(username);
        LocalDateTime now = now();
        for (SignInLink old : links.unused(account.username())) {
            if (old.usable(now)) {
                old.use(now); // withdrawn: only the newest link works
            }
        }
        SignInLink.Issued issued = SignInLink.issue(account.username(), now, now.plus(config.linkValidity()));
        links.add(issued.link());
        String address = survey.publicBaseUrl() + "admin/activate.html#" + issued.token();
        String until = DAY.format(issued.link().expiresAt());
        String subject = "Đặt mật khẩu tài khoản ParIndex – tự đánh giá, thẩm định Chỉ số CCHC";
        String text = "Kính gửi " + account.displayName() + ",\n\n"
                + "Tài khoản " + account.username() + " (" + account.role().label() + ") đã được tạo cho anh/chị "
                + "trên hệ thống ParIndex. Hãy mở liên kết dưới đây để đặt mật khẩu, rồi đăng nhập:\n\n"
                + address + "\n\nLiên kết chỉ dùng được một lần, đến " + until + ". Nếu hết hạn, hãy đề nghị "
                + "Tổ thư ký gửi lại.\n";
        String html = "<p>Kính gửi " + escape(account.displayName()) + ",</p><p>Tài khoản <b>"
                + escape(account.username()) + "</b> (" + escape(account.role().label()) + ") đã được tạo cho anh/chị"
                + " trên hệ thống ParIndex. Hãy mở liên kết dưới đây để đặt mật khẩu, rồi đăng nhập:</p><p><a href=\""
                + escape(address) + "\">Đặt mật khẩu</a></p><p>Liên kết chỉ dùng được một lần, đến " + until
                + ". Nếu hết hạn, hãy đề nghị Tổ thư ký gửi lại.</p>";
        outbox.add(new OutboxMail(new OutboxMail.Outgoing(campaignId, null, PURPOSE, email, account.displayName(),
                subject, html, text), null, now));
        audit.record(AuditAction.SIGN_IN_LINK_SENT, campaignId, account.username(), "gửi tới " + email
                + ", hiệu lực đến " + until);
    }

    /**
     * Sets the password of the link's account and spends the link.
     *
     * @return the account's user name, to log in with
     * @throws InvalidInputException (422, field {@code token}) when the link is unknown, used or expired, or (field
     *                               {@code password}) when the password does not meet the policy
     */
    public String activate(String token, String password) {
        String hash = SignInLink.hash(token);
        SignInLink link = hash == null ? null : links.lock(hash).orElse(null);
        LocalDateTime now = now();
        if (link == null || !link.usable(now)) {
            throw InvalidInputException.of("token", link != null && link.used()
                    ? "liên kết đã được dùng hoặc đã bị thay bằng liên kết mới"
                    : link != null ? "liên kết đã hết hạn: hãy đề nghị Tổ thư ký gửi lại"
                    : "liên kết không đúng");
        }
        accounts.setPasswordFromLink(link.username(), password);
        link.use(now);
        return link.username();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
