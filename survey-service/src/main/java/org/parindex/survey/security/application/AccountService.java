package org.parindex.survey.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.problem.ConflictException;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.InvalidInputException;
import org.parindex.survey.problem.NotFoundException;
import org.parindex.survey.security.domain.Account;
import org.parindex.survey.security.domain.Accounts;
import org.parindex.survey.security.domain.PasswordPolicy;
import org.parindex.survey.platform.Role;

/**
 * Use cases of accounts: create, change (name, role, enabled), set a password; change one's own password. There is
 * always at least one enabled admin. Every change is audit-logged; passwords never are.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    private Accounts accounts;
    private PasswordHasher hasher;
    private AuditTrail audit;
    private Clock clock;

    AccountService() {
        // for the CDI proxy
    }

    @Inject
    public AccountService(Accounts accounts, PasswordHasher hasher, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Account> list() {
        return accounts.list();
    }

    public Account find(String username) {
        return accounts.find(username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("tài khoản", username));
    }

    /**
     * The account with this user name, enabled or not, if any. Unlike {@link #find}, it throws nothing: a caught
     * exception from this transactional bean would still mark the caller's transaction for rollback.
     */
    public Optional<Account> lookup(String username) {
        return accounts.find(username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** The enabled account with this user name, if any (for the identity store and the session). */
    public Optional<Account> active(String username) {
        return accounts.find(username).filter(Account::enabled);
    }

    /** Creates an account; 409 when the user name is taken. */
    public Account create(String username, String displayName, String role, String password) {
        String u = Account.requireUsername(username);
        Role r = role(role);
        requirePassword(u, password);
        if (accounts.find(u).isPresent()) {
            throw new ConflictException("Tên đăng nhập " + u + " đã có.", FieldError.of("username", "đã có", u));
        }
        Account a = new Account(u, displayName, r, hasher.hash(password), now());
        accounts.add(a);
        audit.record(AuditAction.USER_CREATED, null, u, "vai trò " + r.roleName() + " (" + r.label() + ")");
        return a;
    }

    /**
     * Creates an account that cannot log in until its owner sets a password through a sign-in link (a unit's
     * officer, an appraiser): its hash is that of a random secret nobody knows.
     */
    public Account createInvited(String username, String displayName, Role role) {
        String u = Account.requireUsername(username);
        if (accounts.find(u).isPresent()) {
            throw new ConflictException("Tên đăng nhập " + u + " đã có.", FieldError.of("username", "đã có", u));
        }
        Account a = new Account(u, displayName, role, hasher.hash(java.util.UUID.randomUUID().toString()
                + java.util.UUID.randomUUID()), now());
        accounts.add(a);
        audit.record(AuditAction.USER_CREATED, null, u, "vai trò " + role.roleName() + " (" + role.label()
                + "), chờ đặt mật khẩu qua liên kết đăng nhập");
        return a;
    }

    /** Sets the password of {@code username} from a sign-in link its owner opened (checked by the caller). */
    public void setPasswordFromLink(String username, String password) {
        Account a = find(username);
        requirePassword(a.username(), password);
        a.setPasswordHash(hasher.hash(password), now());
        audit.recordAs(a.username(), AuditAction.USER_CHANGED, null, a.username(),
                "đặt mật khẩu qua liên kết đăng nhập");
    }

    /** Creates an account at start-up, as the system, without the caller's audit context. */
    Account createInitial(String username, String displayName, Role role, String password) {
        Account a = new Account(Account.requireUsername(username), displayName, role, hasher.hash(password), now());
        accounts.add(a);
        audit.recordAs(org.parindex.survey.audit.domain.AuditEntry.SYSTEM, AuditAction.USER_CREATED, null,
                a.username(), "vai trò " + role.roleName() + " (tài khoản tạo khi khởi động)");
        return a;
    }

    /** Whether there is no account at all. */
    public boolean none() {
        return accounts.count() == 0;
    }

    /**
     * Changes an account; {@code null} leaves a field as it is.
     *
     * @throws ConflictException (409) when the change would leave no enabled admin
     */
    public Account update(String username, String displayName, String role, Boolean enabled, String password) {
        Account a = find(username);
        boolean wasAdmin = a.isActiveAdmin();
        List<String> changes = new ArrayList<>();
        LocalDateTime now = now();
        if (displayName != null && !displayName.strip().equals(a.displayName())) {
            a.rename(displayName, now);
            changes.add("tên hiển thị");
        }
        if (role != null) {
            Role r = role(role);
            if (r != a.role()) {
                changes.add("vai trò " + a.role().roleName() + " → " + r.roleName());
                a.changeRole(r, now);
            }
        }
        if (enabled != null && enabled != a.enabled()) {
            a.enable(enabled, now);
            changes.add(enabled ? "mở khóa" : "khóa");
        }
        if (password != null) {
            requirePassword(a.username(), password);
            a.setPasswordHash(hasher.hash(password), now);
            changes.add("đặt lại mật khẩu");
        }
        if (wasAdmin && !a.isActiveAdmin() && accounts.activeAdmins() <= 1) {
            throw new ConflictException("Phải luôn còn ít nhất một quản trị viên đang hoạt động.",
                    FieldError.of(role != null ? "role" : "enabled", "đây là quản trị viên cuối cùng"));
        }
        if (!changes.isEmpty()) {
            audit.record(AuditAction.USER_CHANGED, null, a.username(), String.join(", ", changes));
        }
        return a;
    }

    /** Changes the caller's own password, given the current one. */
    public void changeOwnPassword(String username, String current, String next) {
        Account a = find(username);
        if (current == null || current.isEmpty() || !hasher.verify(current, a.passwordHash())) {
            throw InvalidInputException.of("currentPassword", "mật khẩu hiện tại không đúng");
        }
        requirePassword(a.username(), next);
        a.setPasswordHash(hasher.hash(next), now());
        audit.record(AuditAction.USER_CHANGED, null, a.username(), "tự đổi mật khẩu");
    }

    private static void requirePassword(String username, String password) {
        PasswordPolicy.problem(username, password).ifPresent(m -> {
            throw new InvalidInputException("Mật khẩu không hợp lệ: " + m + ".", List.of(FieldError.of("password", m)));
        });
    }

    private static Role role(String name) {
        return Role.parse(name).orElseThrow(() -> new InvalidInputException("Vai trò không hợp lệ.",
                List.of(FieldError.of("role", "phải là admin, secretary, viewer, officer hoặc appraiser", name))));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
