package org.parindex.survey.selfassessment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.parindex.survey.selfassessment.domain.Dossier;
import org.parindex.survey.selfassessment.domain.Dossiers;
import org.parindex.survey.selfassessment.domain.EvidenceFile;
import org.parindex.survey.selfassessment.domain.LeafEntry;

/**
 * {@link Dossiers} in the database, through JPA. A file's bytes go into {@code evidence_part} as base64 text of
 * {@value #PART} characters per row (the two databases share no binary column type; the published documents are
 * stored the same way).
 */
@ApplicationScoped
public class JpaDossiers implements Dossiers {

    /** Characters of base64 per part (12 000 bytes). */
    static final int PART = 16_000;
    private static final int BYTES_PER_PART = PART / 4 * 3;

    @PersistenceContext(unitName = "survey")
    EntityManager em;

    @Override
    public void add(Dossier dossier) {
        em.persist(dossier);
        em.flush();
    }

    @Override
    public Optional<Dossier> find(long campaignId, String unit) {
        return em.createQuery("SELECT d FROM Dossier d WHERE d.campaignId = :c AND d.unitCode = :u", Dossier.class)
                .setParameter("c", campaignId).setParameter("u", unit).getResultStream().findFirst();
    }

    @Override
    public Optional<Dossier> lock(long campaignId, String unit) {
        return em.createQuery("SELECT d FROM Dossier d WHERE d.campaignId = :c AND d.unitCode = :u", Dossier.class)
                .setParameter("c", campaignId).setParameter("u", unit).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<Dossier> ofCampaign(long campaignId) {
        return em.createQuery("SELECT d FROM Dossier d WHERE d.campaignId = :c ORDER BY d.unitCode", Dossier.class)
                .setParameter("c", campaignId).getResultList();
    }

    @Override
    public void addLeaf(LeafEntry leaf) {
        em.persist(leaf);
    }

    @Override
    public List<LeafEntry> leaves(long dossierId) {
        return em.createQuery("SELECT l FROM LeafEntry l WHERE l.dossierId = :d ORDER BY l.itemCode", LeafEntry.class)
                .setParameter("d", dossierId).getResultList();
    }

    @Override
    public void addEvidence(EvidenceFile file, byte[] content) {
        em.persist(file);
        em.flush();
        int part = 0;
        for (int from = 0; from < content.length || part == 0; from += BYTES_PER_PART) {
            int to = Math.min(content.length, from + BYTES_PER_PART);
            String text = Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(content, from, to));
            em.createNativeQuery("INSERT INTO evidence_part (evidence_id, part, content) VALUES (?, ?, ?)")
                    .setParameter(1, file.id()).setParameter(2, part++).setParameter(3, text).executeUpdate();
        }
    }

    @Override
    public List<EvidenceFile> evidence(long dossierId) {
        return em.createQuery("SELECT f FROM EvidenceFile f WHERE f.dossierId = :d ORDER BY f.id",
                EvidenceFile.class).setParameter("d", dossierId).getResultList();
    }

    @Override
    public Optional<EvidenceFile> evidenceFile(long fileId) {
        return Optional.ofNullable(em.find(EvidenceFile.class, fileId));
    }

    @Override
    public byte[] content(long fileId) {
        @SuppressWarnings("unchecked")
        List<Object> parts = em.createNativeQuery("SELECT content FROM evidence_part WHERE evidence_id = ?"
                + " ORDER BY part").setParameter(1, fileId).getResultList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            out.writeBytes(Base64.getDecoder().decode(p.toString()));
        }
        return out.toByteArray();
    }

    @Override
    public void removeEvidence(EvidenceFile file) {
        em.createNativeQuery("DELETE FROM evidence_part WHERE evidence_id = ?").setParameter(1, file.id())
                .executeUpdate();
        em.remove(em.contains(file) ? file : em.merge(file));
    }

    @Override
    public void removeAll(long campaignId) {
        for (Dossier d : ofCampaign(campaignId)) {
            em.createNativeQuery("DELETE FROM evidence_part WHERE evidence_id IN (SELECT id FROM evidence_file"
                    + " WHERE assessment_id = ?)").setParameter(1, d.id()).executeUpdate();
            em.createQuery("DELETE FROM EvidenceFile f WHERE f.dossierId = :d").setParameter("d", d.id())
                    .executeUpdate();
            em.createQuery("DELETE FROM LeafEntry l WHERE l.dossierId = :d").setParameter("d", d.id())
                    .executeUpdate();
            em.remove(d);
        }
    }
}
