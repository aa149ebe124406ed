package org.parindex.survey.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.parindex.survey.audit.domain.AuditAction;
import org.parindex.survey.audit.domain.AuditEntry;
import org.parindex.survey.audit.domain.AuditLog;
import org.parindex.survey.audit.domain.AuditLog.AuditFilter;

/**
 * Records what the current caller did. {@link #record} joins the caller's transaction, so an entry is stored if
 * and only if the change it describes is; {@link #recordAlone} stores an entry on its own (e.g. a failed login,
 * or a change that another component already committed).
 */
@ApplicationScoped
public class AuditTrail {

    private AuditLog log;
    private SecurityContext security;
    private Clock clock;

    AuditTrail() {
        // for the CDI proxy
    }

    @Inject
    public AuditTrail(AuditLog log, SecurityContext security, Clock clock) {
        this.log = log;
        this.security = security;
        this.clock = clock;
    }

    /** Records that the current caller did {@code action}, in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, Long campaignId, String target, String detail) {
        log.add(new AuditEntry(now(), actor(), action, campaignId, target, detail));
    }

    /** Records an entry by an explicit actor (e.g. {@link AuditEntry#SYSTEM}), in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, AuditAction action, Long campaignId, String target, String detail) {
        log.add(new AuditEntry(now(), actor, action, campaignId, target, detail));
    }

    /** Records an entry in a transaction of its own, with an explicit actor. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(String actor, AuditAction action, Long campaignId, String target, String detail) {
        log.add(new AuditEntry(now(), actor, action, campaignId, target, detail));
    }

    /** The user name of the current caller, or {@link AuditEntry#SYSTEM} outside a request with a login. */
    public String actor() {
        Principal p = security.getCallerPrincipal();
        return p == null ? AuditEntry.SYSTEM : p.getName();
    }

    @Transactional
    public List<AuditEntry> list(AuditFilter filter, int offset, int limit) {
        return log.list(filter, offset, limit);
    }

    @Transactional
    public long count(AuditFilter filter) {
        return log.count(filter);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
