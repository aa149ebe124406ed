package org.parindex.survey.audit.domain;

import java.util.List;

/** The audit entries, stored; only ever added to. */
public interface AuditLog {

    void add(AuditEntry entry);

    /** Entries matching the filter, newest first, one page. */
    List<AuditEntry> list(AuditFilter filter, int offset, int limit);

    long count(AuditFilter filter);

    /**
     * Which entries to list: all conditions that are not {@code null} must hold.
     *
     * @param campaignId only entries of this campaign
     * @param action     only this action
     * @param actor      only entries by this user name
     */
    record AuditFilter(Long campaignId, AuditAction action, String actor) {
    }
}
