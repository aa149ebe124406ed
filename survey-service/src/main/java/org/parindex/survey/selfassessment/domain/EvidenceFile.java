package org.parindex.survey.selfassessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * An evidence document of one leaf (tài liệu kiểm chứng): its sanitised name, the media type found from its
 * content, its size and SHA-256; the bytes are stored beside it ({@link Dossiers#content}).
 */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private long dossierId;

    @Column(name = "item_code", nullable = false, updatable = false, length = 50)
    private String itemCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private EvidenceStage stage;

    @Column(name = "file_name", nullable = false, updatable = false, length = 120)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private LocalDateTime uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 100)
    private String uploadedBy;

    protected EvidenceFile() {
        // for JPA
    }

    public EvidenceFile(long dossierId, String itemCode, EvidenceStage stage, String fileName, String mediaType,
                        long size, String sha256, LocalDateTime now, String by) {
        this.dossierId = dossierId;
        this.itemCode = itemCode;
        this.stage = stage;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedAt = now;
        this.uploadedBy = by;
    }

    public Long id() {
        return id;
    }

    public long dossierId() {
        return dossierId;
    }

    public String itemCode() {
        return itemCode;
    }

    public EvidenceStage stage() {
        return stage;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public LocalDateTime uploadedAt() {
        return uploadedAt;
    }

    public String uploadedBy() {
        return uploadedBy;
    }
}
