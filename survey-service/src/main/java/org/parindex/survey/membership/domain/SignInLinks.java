package org.parindex.survey.membership.domain;

import java.util.List;
import java.util.Optional;

/** The sign-in links, stored. */
public interface SignInLinks {

    void add(SignInLink link);

    /** The link whose token hashes to {@code tokenHash}, locked for its single use. */
    Optional<SignInLink> lock(String tokenHash);

    /** The links of one account not used yet. */
    List<SignInLink> unused(String username);
}
