package org.parindex.survey.security.domain;

import java.util.List;
import java.util.Optional;

/** The accounts, stored. */
public interface Accounts {

    void add(Account account);

    Optional<Account> find(String username);

    /** Every account, by user name. */
    List<Account> list();

    long count();

    /** Number of enabled admin accounts. */
    long activeAdmins();
}
