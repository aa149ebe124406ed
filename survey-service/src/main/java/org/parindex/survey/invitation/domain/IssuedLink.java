package org.parindex.survey.invitation.domain;

import java.util.Objects;

/**
 * What is stored of a newly issued link: the nonce it is derived from and the hashes it is looked up by.
 *
 * @param nonce     random, see {@link LinkSecret#newNonce()}
 * @param tokenHash {@link LinkSecret#tokenHash} of its token
 * @param codeHash  {@link LinkSecret#codeHash} of its short code
 */
public record IssuedLink(String nonce, String tokenHash, String codeHash) {

    public IssuedLink {
        Objects.requireNonNull(nonce, "nonce == null");
        Objects.requireNonNull(tokenHash, "tokenHash == null");
        Objects.requireNonNull(codeHash, "codeHash == null");
    }

    /** A new link under {@code secret}, with its credentials. */
    public static Issued issue(LinkSecret secret) {
        String nonce = secret.newNonce();
        LinkSecret.Credentials c = secret.credentials(nonce);
        return new Issued(new IssuedLink(nonce, secret.tokenHash(c.token()), secret.codeHash(c.code())), c);
    }

    /** A link just issued, with the secrets that are never stored. */
    public record Issued(IssuedLink link, LinkSecret.Credentials credentials) {
    }
}
