package org.parindex.survey.security.domain;

import org.parindex.survey.platform.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.parindex.survey.problem.InvalidInputException;

/**
 * A user of the secretariat's pages and API: a user name, a display name, one role, a password hash (never the
 * password), and whether the account may log in.
 */
@Entity
@Table(name = "app_account")
public class Account {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false, length = 50)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Account() {
        // for JPA
    }

    /**
     * A new, enabled account.
     *
     * @param username     3–50 characters: lower-case letters, digits, dot, dash, underscore
     * @param displayName  the person's name, e.g. "Nguyễn Thị Lan"
     * @param role         what they may do
     * @param passwordHash the hash of their password
     * @param now          when
     */
    public Account(String username, String displayName, Role role, String passwordHash, LocalDateTime now) {
        this.username = requireUsername(username);
        this.displayName = requireDisplayName(displayName);
        this.role = Objects.requireNonNull(role, "role == null");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash == null");
        this.enabled = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The canonical form of a user name as typed (trimmed, lower case); 422 naming {@code username} if invalid. */
    public static String requireUsername(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(u).matches()) {
            throw InvalidInputException.of("username", "tên đăng nhập gồm 3–50 ký tự: chữ thường không dấu, số, "
                    + "dấu chấm, gạch ngang, gạch dưới");
        }
        return u;
    }

    private static String requireDisplayName(String name) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("displayName", "bắt buộc, không được để trống");
        }
        String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        if (n.length() > 200) {
            throw InvalidInputException.of("displayName", "dài quá 200 ký tự");
        }
        return n;
    }

    public void rename(String newDisplayName, LocalDateTime now) {
        this.displayName = requireDisplayName(newDisplayName);
        this.updatedAt = now;
    }

    public void changeRole(Role newRole, LocalDateTime now) {
        this.role = Objects.requireNonNull(newRole, "newRole == null");
        this.updatedAt = now;
    }

    public void setPasswordHash(String newHash, LocalDateTime now) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash == null");
        this.updatedAt = now;
    }

    public void enable(boolean value, LocalDateTime now) {
        this.enabled = value;
        this.updatedAt = now;
    }

    /** Whether this account is an enabled admin. */
    public boolean isActiveAdmin() {
        return enabled && role == Role.ADMIN;
    }

    public Long id() {
        return id;
    }

    /** Changes with every update: identity-store caches compare it. */
    public long version() {
        return version;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public boolean enabled() {
        return enabled;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }
}
