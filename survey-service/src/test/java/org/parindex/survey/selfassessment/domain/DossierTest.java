package org.parindex.survey.selfassessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.parindex.survey.problem.ConflictException;

class DossierTest {

    static final LocalDateTime T = LocalDateTime.of(2031, 1, 5, 8, 0);

    @Test
    void followsDraftSubmittedAppraisedExplainedFinal() {
        Dossier d = new Dossier(1, "SO_X", T);
        assertThatThrownBy(() -> d.sendAppraisal(T, Duration.ofDays(7))).isInstanceOf(ConflictException.class);
        d.submit(T);
        assertThatThrownBy(d::requireDraft).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Đã nộp");
        d.requireAppraisable(T);
        d.sendAppraisal(T, Duration.ofDays(7));
        assertThat(d.replyOpen(T.plusDays(6))).isTrue();
        assertThatThrownBy(() -> d.requireAppraisable(T.plusDays(1))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> d.finalise(T.plusDays(1))).isInstanceOf(ConflictException.class);
        d.explain(T.plusDays(2));
        d.requireAppraisable(T.plusDays(3));
        d.finalise(T.plusDays(3));
        assertThat(d.status()).isEqualTo(DossierStatus.FINAL);
        assertThatThrownBy(() -> d.requireAppraisable(T.plusDays(4))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> d.reopen(T.plusDays(4))).isInstanceOf(ConflictException.class);
    }

    @Test
    void theExplanationWindowClosesOnTime() {
        Dossier d = new Dossier(1, "SO_X", T);
        d.submit(T);
        d.sendAppraisal(T, Duration.ofDays(7));
        assertThatThrownBy(() -> d.explain(T.plusDays(7))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("hết thời hạn");
        d.finalise(T.plusDays(7));
        assertThat(d.status()).isEqualTo(DossierStatus.FINAL);
    }

    @Test
    void onlyASubmittedDossierIsReopened() {
        Dossier d = new Dossier(1, "SO_X", T);
        assertThatThrownBy(() -> d.reopen(T)).isInstanceOf(ConflictException.class);
        d.submit(T);
        d.reopen(T);
        assertThat(d.status()).isEqualTo(DossierStatus.DRAFT);
    }
}
