package org.parindex.survey.selfassessment.domain;

import java.util.List;
import java.util.Optional;

/** Dossiers, their leaves and evidence, stored. */
public interface Dossiers {

    void add(Dossier dossier);

    Optional<Dossier> find(long campaignId, String unit);

    /** The dossier locked for a change of status (two appraisers sending at once wait for each other). */
    Optional<Dossier> lock(long campaignId, String unit);

    /** Every dossier of the campaign. */
    List<Dossier> ofCampaign(long campaignId);

    void addLeaf(LeafEntry leaf);

    /** The leaves of a dossier, by item code. */
    List<LeafEntry> leaves(long dossierId);

    /** Stores a file and its bytes. */
    void addEvidence(EvidenceFile file, byte[] content);

    /** The files of a dossier, in upload order. */
    List<EvidenceFile> evidence(long dossierId);

    Optional<EvidenceFile> evidenceFile(long fileId);

    /** The bytes of a stored file. */
    byte[] content(long fileId);

    void removeEvidence(EvidenceFile file);

    /** Removes every dossier of the campaign with its leaves and files. */
    void removeAll(long campaignId);
}
