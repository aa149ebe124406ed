package org.parindex.survey.questionnaire.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parindex.survey.platform.TextParts;
import org.parindex.survey.questionnaire.domain.AnswerCell;
import org.parindex.survey.questionnaire.domain.Draft;
import org.parindex.survey.questionnaire.domain.Drafts;

/**
 * {@link Drafts} in the database: the draft ({@code questionnaire_draft}, through JPA) and its cells as
 * {@link TextParts} in {@code draft_part} (one line per cell: form, question, unit, option; the layout V68 wrote),
 * by plain SQL. An autosave reads a draft's one or two parts and writes back those that changed; a submission
 * deletes them (issue 12: a row per cell made the respondent's path write every answer twice over).
 *
 * <p>Every statement on {@code draft_part} names the whole key or, for reads, forces the key's index on Derby: a
 * table scan would wait on every other respondent's uncommitted parts, and two autosaves scanning each other's
 * rows deadlocked (issue 12). PostgreSQL sees the override as a comment.
 */
@ApplicationScoped
public class JpaDrafts implements Drafts {

    private static final int FIELDS = 4;

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Override
    public Optional<Draft> find(long respondentId) {
        return Optional.ofNullable(em.find(Draft.class, respondentId));
    }

    @Override
    public Map<AnswerCell, String> answers(long respondentId) {
        return decode(parts(respondentId));
    }

    @Override
    public Map<AnswerCell, String> save(long campaignId, long respondentId, Map<AnswerCell, String> changes,
                                        LocalDateTime now) {
        Draft draft = em.find(Draft.class, respondentId);
        if (draft == null) {
            draft = new Draft(campaignId, respondentId, now);
            em.persist(draft);
            em.flush(); // the draft row first: draft_part refers to it
        } else {
            draft.touch(now);
        }
        List<String> before = parts(respondentId);
        Map<AnswerCell, String> answers = decode(before);
        changes.forEach((cell, option) -> {
            if (option == null) {
                answers.remove(cell);
            } else {
                answers.put(cell, option);
            }
        });
        List<List<String>> rows = new ArrayList<>(answers.size());
        answers.forEach((cell, option) -> rows.add(List.of(cell.form(), cell.question(), cell.unit(), option)));
        write(respondentId, before, TextParts.encode(rows));
        return answers;
    }

    @Override
    public void delete(long respondentId) {
        for (Object partNo : em.createNativeQuery("SELECT part_no FROM draft_part"
                        + " --DERBY-PROPERTIES constraint=PK_DRAFT_PART\n WHERE respondent_id = ?")
                .setParameter(1, respondentId).getResultList()) {
            deletePart(respondentId, ((Number) partNo).intValue());
        }
        em.createQuery("DELETE FROM Draft d WHERE d.respondentId = :r")
                .setParameter("r", respondentId).executeUpdate();
    }

    @Override
    public void deleteAll(long campaignId) {
        em.createNativeQuery("DELETE FROM draft_part WHERE respondent_id IN"
                        + " (SELECT respondent_id FROM questionnaire_draft WHERE campaign_id = ?)")
                .setParameter(1, campaignId).executeUpdate();
        em.createQuery("DELETE FROM Draft d WHERE d.campaignId = :c").setParameter("c", campaignId).executeUpdate();
    }

    @Override
    public Set<Long> respondentsWithDraft(long campaignId) {
        return new HashSet<>(em.createQuery("SELECT d.respondentId FROM Draft d WHERE d.campaignId = :c", Long.class)
                .setParameter("c", campaignId).getResultList());
    }

    /** The draft's parts in order, read through the key's index. */
    private List<String> parts(long respondentId) {
        List<String> parts = new ArrayList<>();
        for (Object cells : em.createNativeQuery("SELECT cells FROM draft_part"
                        + " --DERBY-PROPERTIES constraint=PK_DRAFT_PART\n WHERE respondent_id = ? ORDER BY part_no")
                .setParameter(1, respondentId).getResultList()) {
            parts.add((String) cells);
        }
        return parts;
    }

    private static Map<AnswerCell, String> decode(List<String> parts) {
        Map<AnswerCell, String> answers = new LinkedHashMap<>();
        for (List<String> f : TextParts.decode(parts, FIELDS)) {
            answers.put(new AnswerCell(f.get(0), f.get(1), f.get(2)), f.get(3));
        }
        return answers;
    }

    /** Turns the stored parts {@code before} into {@code after}, each row by its whole key. */
    private void write(long respondentId, List<String> before, List<String> after) {
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            if (i >= after.size()) {
                deletePart(respondentId, i);
            } else if (i >= before.size()) {
                em.createNativeQuery("INSERT INTO draft_part (respondent_id, part_no, cells) VALUES (?, ?, ?)")
                        .setParameter(1, respondentId).setParameter(2, i).setParameter(3, after.get(i))
                        .executeUpdate();
            } else if (!before.get(i).equals(after.get(i))) {
                em.createNativeQuery("UPDATE draft_part SET cells = ? WHERE respondent_id = ? AND part_no = ?")
                        .setParameter(1, after.get(i)).setParameter(2, respondentId).setParameter(3, i)
                        .executeUpdate();
            }
        }
    }

    private void deletePart(long respondentId, int partNo) {
        em.createNativeQuery("DELETE FROM draft_part WHERE respondent_id = ? AND part_no = ?")
                .setParameter(1, respondentId).setParameter(2, partNo).executeUpdate();
    }
}
