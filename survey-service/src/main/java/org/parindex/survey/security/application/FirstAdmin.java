package org.parindex.survey.security.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.parindex.survey.platform.persistence.DatabaseMigration;
import org.parindex.survey.platform.persistence.StartUpLock;
import org.parindex.survey.security.domain.PasswordPolicy;
import org.parindex.survey.platform.Role;

/**
 * At start-up, when there is no account at all, creates the first admin: with the configured password
 * ({@code PARINDEX_ADMIN_PASSWORD}); else, in demo mode, the demo accounts {@code admin} (admin), {@code thuky}
 * (secretary) and {@code hoidong} (viewer) with the documented password {@value SecurityConfig#DEMO_PASSWORD};
 * else none at all (no account with a known password may exist), with a warning in the log saying how to create
 * the first admin. Instances starting together on one database take the {@link StartUpLock} first, so only one
 * creates them (the other found a unique-key violation and failed its deployment before).
 */
@ApplicationScoped
public class FirstAdmin {

    private AccountService accounts;
    private SecurityConfig config;
    private StartUpLock lock;
    private Logger log;

    FirstAdmin() {
        // for the CDI proxy
    }

    @Inject
    public FirstAdmin(AccountService accounts, SecurityConfig config, StartUpLock lock, Logger log) {
        this.accounts = accounts;
        this.config = config;
        this.lock = lock;
        this.log = log;
    }

    void onStart(@Observes @Priority(DatabaseMigration.PRIORITY + 50) @Initialized(ApplicationScoped.class)
                 Object event) {
        lock.runAlone(StartUpLock.FIRST_ADMIN, this::createIfNone);
    }

    /**
     * Creates the first account(s) when there is none; does nothing otherwise. At start-up it runs under the
     * {@link StartUpLock} (in the lock's transaction: a call from this bean itself would not start its own).
     */
    @Transactional
    public void createIfNone() {
        if (!accounts.none()) {
            return;
        }
        String admin = config.adminUsername();
        if (config.adminPassword().isPresent()) {
            accounts.createInitial(admin, "Quản trị viên", Role.ADMIN, config.adminPassword().get());
            log.info(() -> "Created the first admin account '" + admin + "' with the configured password"
                    + " (parindex.admin.password / PARINDEX_ADMIN_PASSWORD)");
        } else if (config.demo()) {
            String pw = SecurityConfig.DEMO_PASSWORD;
            accounts.createInitial(admin, "Quản trị viên (dữ liệu mẫu)", Role.ADMIN, pw);
            accounts.createInitial("thuky", "Tổ thư ký (dữ liệu mẫu)", Role.SECRETARY, pw);
            accounts.createInitial("hoidong", "Thành viên Hội đồng (dữ liệu mẫu)", Role.VIEWER, pw);
            log.warning(() -> "Demo mode: created accounts '" + admin + "' (admin), 'thuky' (secretary) and 'hoidong'"
                    + " (viewer) with the documented demo password '" + pw + "'. Turn demo mode off"
                    + " (SURVEY_DEMO_ENABLED=false) and set PARINDEX_ADMIN_PASSWORD for real use.");
        } else {
            log.warning(() -> "NO ACCOUNT EXISTS and none was created: demo mode is off and no admin password is"
                    + " configured. To create the first admin '" + admin + "', stop the service, set"
                    + " PARINDEX_ADMIN_PASSWORD (at least " + PasswordPolicy.MIN_LENGTH
                    + " characters; or -Dparindex.admin.password) and start it again; then log in"
                    + " at /admin/ and remove the variable. Until then /api and /admin refuse everyone.");
        }
    }
}
