package org.parindex.survey.questionnaire.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parindex.survey.questionnaire.domain.AnswerCell;
import org.parindex.survey.questionnaire.domain.Draft;
import org.parindex.survey.questionnaire.domain.Drafts;

/** {@link Drafts} in the database, through JPA: {@code questionnaire_draft} and {@code draft_answer}. */
@ApplicationScoped
public class JpaDrafts implements Drafts {

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Override
    public Optional<Draft> find(long respondentId) {
        return Optional.ofNullable(em.find(Draft.class, respondentId));
    }

    /**
     * The draft's cells, read through the draft_answer key's index. Derby compiled this read as a table scan while
     * the table was small (at the start of a survey), and a scan waits on every other respondent's uncommitted draft
     * rows: two autosaves scanning each other's rows deadlocked (issue 12). The Derby optimizer override in the SQL
     * comment keeps the read to this respondent's rows; PostgreSQL sees only a comment.
     */
    @Override
    public Map<AnswerCell, String> answers(long respondentId) {
        Map<AnswerCell, String> answers = new LinkedHashMap<>();
        em.flush();
        for (Object row : em.createNativeQuery("SELECT questionnaire_code, question_code, unit_code, option_code"
                        + " FROM draft_answer --DERBY-PROPERTIES constraint=PK_DRAFT_ANSWER\n"
                        + " WHERE respondent_id = ?")
                .setParameter(1, respondentId).getResultList()) {
            Object[] r = (Object[]) row;
            answers.put(new AnswerCell((String) r[0], (String) r[1], (String) r[2]), (String) r[3]);
        }
        return answers;
    }

    @Override
    public Draft save(long campaignId, long respondentId, Map<AnswerCell, String> changes, LocalDateTime now) {
        Draft draft = em.find(Draft.class, respondentId);
        if (draft == null) {
            draft = new Draft(campaignId, respondentId, now);
            em.persist(draft);
            em.flush(); // the draft row first: draft_answer refers to it
        } else {
            draft.touch(now);
        }
        // The cells saved so far in one read through the key's index; a row is looked up by its key only to change
        // or clear it. (One find per changed cell was one SELECT per answer: 200 for an autosave of a third of a
        // council delegate's 600.)
        Map<AnswerCell, String> saved = answers(respondentId);
        for (Map.Entry<AnswerCell, String> change : changes.entrySet()) {
            AnswerCell cell = change.getKey();
            String option = change.getValue();
            String before = saved.get(cell);
            if (Objects.equals(option, before)) {
                continue;
            }
            if (before == null) {
                em.persist(new DraftAnswerRow(respondentId, cell, option));
                continue;
            }
            DraftAnswerRow row = em.find(DraftAnswerRow.class, new DraftAnswerRow.Key(respondentId, cell));
            if (option == null) {
                em.remove(row);
            } else {
                row.choose(option);
            }
        }
        return draft;
    }

    @Override
    public void delete(long respondentId) {
        em.createQuery("DELETE FROM DraftAnswerRow a WHERE a.respondentId = :r")
                .setParameter("r", respondentId).executeUpdate();
        em.createQuery("DELETE FROM Draft d WHERE d.respondentId = :r")
                .setParameter("r", respondentId).executeUpdate();
    }

    @Override
    public void deleteAll(long campaignId) {
        em.createQuery("DELETE FROM DraftAnswerRow a WHERE a.respondentId IN"
                        + " (SELECT d.respondentId FROM Draft d WHERE d.campaignId = :c)")
                .setParameter("c", campaignId).executeUpdate();
        em.createQuery("DELETE FROM Draft d WHERE d.campaignId = :c").setParameter("c", campaignId).executeUpdate();
    }

    @Override
    public Set<Long> respondentsWithDraft(long campaignId) {
        return new HashSet<>(em.createQuery("SELECT d.respondentId FROM Draft d WHERE d.campaignId = :c", Long.class)
                .setParameter("c", campaignId).getResultList());
    }
}
