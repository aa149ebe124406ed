package org.parindex.survey.fakes;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.CampaignStatus;
import org.parindex.survey.campaign.domain.Deadlines;
import org.parindex.survey.campaign.domain.SampleGroup;
import org.parindex.survey.respondent.domain.Respondent;
import org.parindex.survey.respondent.domain.RespondentDraft;

/** Entities as the database would hand them out: with ids, in a given status. */
public final class Entities {

    public static final LocalDateTime NOW = LocalDateTime.of(2030, 12, 10, 9, 0);

    private Entities() {
    }

    /** Campaign {@code id} in {@code status}, with one group {@code HDND_TINH}. */
    public static Campaign campaign(long id, CampaignStatus status) {
        Campaign c = Campaign.draft("Chỉ số CCHC 2030", "Hải Dương", 2030, "HD-2030",
                new Deadlines(LocalDate.of(2030, 12, 1), LocalDate.of(2030, 12, 31), LocalDate.of(2031, 1, 10)),
                NOW);
        set(c, "id", id);
        c.addGroup("HDND_TINH", "Đại biểu HĐND tỉnh", null, 10, null);
        set(c, "status", status);
        return c;
    }

    /** Respondent {@code id} in the first group of {@code campaign}. */
    public static Respondent respondent(long id, Campaign campaign) {
        SampleGroup g = campaign.group("HDND_TINH").orElseThrow();
        RespondentDraft d = RespondentDraft.check(null, "Nguyễn Văn An", null, null, null, null, g.code(), null)
                .draft();
        Respondent r = new Respondent(d, g, null, NOW);
        set(r, "id", id);
        return r;
    }

    /** Reads a private field, as JPA would (a hash that has no accessor). */
    public static Object get(Object entity, String field) {
        for (Class<?> c = entity.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                f.setAccessible(true);
                return f.get(entity);
            } catch (NoSuchFieldException e) {
                // try the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no field " + field + " in " + entity.getClass());
    }

    /** Sets a private field, as JPA would. */
    public static void set(Object entity, String field, Object value) {
        for (Class<?> c = entity.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                f.setAccessible(true);
                f.set(entity, value);
                return;
            } catch (NoSuchFieldException e) {
                // try the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no field " + field + " in " + entity.getClass());
    }
}
