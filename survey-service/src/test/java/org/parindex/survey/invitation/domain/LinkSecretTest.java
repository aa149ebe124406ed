package org.parindex.survey.invitation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkSecretTest {

    private final SecureRandom random = new SecureRandom();
    private final LinkSecret secret = LinkSecret.of(LinkSecret.newKey(random), random);

    @Test
    void tokensAre192BitsOfUrlSafeBase64() {
        InvitationToken t = secret.credentials(secret.newNonce()).token();
        assertThat(t.value()).hasSize(32).matches("[A-Za-z0-9_-]{32}");
        assertThat(t.bytes()).hasSize(24);
        assertThat(InvitationToken.BYTES * 8).isGreaterThanOrEqualTo(128);
    }

    @Test
    void noncesAre128RandomBits() {
        String nonce = secret.newNonce();
        assertThat(Base64.getUrlDecoder().decode(nonce)).hasSize(16);
        assertThat(secret.newNonce()).isNotEqualTo(nonce);
    }

    @Test
    void theSameNonceAlwaysGivesTheSameLinkAndAnotherKeyAnotherOne() {
        String nonce = secret.newNonce();
        assertThat(secret.credentials(nonce)).isEqualTo(secret.credentials(nonce));
        LinkSecret other = LinkSecret.of(LinkSecret.newKey(random), random);
        assertThat(other.credentials(nonce).token()).isNotEqualTo(secret.credentials(nonce).token());
        assertThat(other.credentials(nonce).code()).isNotEqualTo(secret.credentials(nonce).code());
    }

    @Test
    void tokenBitsLookUniformOverManyLinks() {
        int links = 4000;
        int[] ones = new int[InvitationToken.BYTES * 8];
        Set<String> tokens = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < links; i++) {
            LinkSecret.Credentials c = secret.credentials(secret.newNonce());
            tokens.add(c.token().value());
            codes.add(c.code().value());
            byte[] b = c.token().bytes();
            for (int bit = 0; bit < ones.length; bit++) {
                ones[bit] += (b[bit / 8] >> (7 - bit % 8)) & 1;
            }
        }
        assertThat(tokens).hasSize(links);
        assertThat(codes).hasSize(links);
        // each bit is set in about half the tokens: 2000 ± 5 standard deviations (~158)
        for (int n : ones) {
            assertThat(n).isBetween(1842, 2158);
        }
    }

    @Test
    void storesOnlyHashesThatDoNotRevealTheLink() {
        LinkSecret.Credentials c = secret.credentials(secret.newNonce());
        String tokenHash = secret.tokenHash(c.token());
        String codeHash = secret.codeHash(c.code());
        assertThat(tokenHash).matches("[0-9a-f]{64}").doesNotContain(c.token().value());
        assertThat(codeHash).matches("[0-9a-f]{64}").isNotEqualTo(tokenHash);
        LinkSecret other = LinkSecret.of(LinkSecret.newKey(random), random);
        assertThat(other.tokenHash(c.token())).as("token hash needs no key").isEqualTo(tokenHash);
        assertThat(other.codeHash(c.code())).as("code hash is keyed").isNotEqualTo(codeHash);
    }

    @Test
    void issuingKeepsNoSecretInWhatIsStored() {
        IssuedLink.Issued issued = IssuedLink.issue(secret);
        assertThat(issued.link().tokenHash()).isEqualTo(secret.tokenHash(issued.credentials().token()));
        assertThat(issued.link().codeHash()).isEqualTo(secret.codeHash(issued.credentials().code()));
        assertThat(issued.link().toString()).doesNotContain(issued.credentials().token().value())
                .doesNotContain(issued.credentials().code().value());
        assertThat(issued.credentials().token().toString()).doesNotContain(issued.credentials().token().value());
    }

    @Test
    void rejectsShortKeysAndMalformedTokens() {
        assertThatThrownBy(() -> LinkSecret.of(new byte[16], random)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the link key needs at least 32 bytes, got 16");
        assertThat(InvitationToken.parse("too-short")).isEmpty();
        assertThat(InvitationToken.parse("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/")).isEmpty();
        assertThat(InvitationToken.parse("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).isPresent();
    }
}
