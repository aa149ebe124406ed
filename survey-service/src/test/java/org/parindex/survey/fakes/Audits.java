package org.parindex.survey.fakes;

import jakarta.security.enterprise.SecurityContext;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.parindex.survey.audit.application.AuditTrail;
import org.parindex.survey.audit.domain.AuditEntry;
import org.parindex.survey.audit.domain.AuditLog;

/** An audit trail that keeps its entries in a list, with no caller (entries are by the system). */
public final class Audits {

    public final List<AuditEntry> entries = new ArrayList<>();
    public final AuditTrail trail;

    public Audits(Clock clock) {
        AuditLog log = (AuditLog) Proxy.newProxyInstance(AuditLog.class.getClassLoader(),
                new Class<?>[] {AuditLog.class}, (proxy, method, args) -> {
                    if (method.getName().equals("add")) {
                        entries.add((AuditEntry) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        SecurityContext nobody = (SecurityContext) Proxy.newProxyInstance(SecurityContext.class.getClassLoader(),
                new Class<?>[] {SecurityContext.class}, (proxy, method, args) -> null);
        trail = new AuditTrail(log, nobody, clock);
    }
}
