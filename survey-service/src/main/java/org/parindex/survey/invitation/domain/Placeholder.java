package org.parindex.survey.invitation.domain;

import java.util.Optional;

/** What a template may insert, written {@code {{name}}} in it. */
public enum Placeholder {
    NAME("name", "Họ và tên người được mời"),
    POSITION("position", "Chức vụ"),
    ORGANISATION("organisation", "Cơ quan, đơn vị công tác"),
    GROUP("group", "Nhóm đối tượng điều tra"),
    CAMPAIGN("campaign", "Tên đợt đánh giá"),
    DEADLINE("deadline", "Hạn trả lời phiếu (ngày kết thúc điều tra, dd/MM/yyyy)"),
    LINK("link", "Liên kết riêng tới phiếu khảo sát"),
    CODE("code", "Mã phiếu để gõ tay (10 ký tự)");

    private final String key;
    private final String description;

    Placeholder(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** The name written between braces, e.g. {@code name}. */
    public String key() {
        return key;
    }

    /** What it stands for, in Vietnamese. */
    public String description() {
        return description;
    }

    /** The placeholder written {@code {{key}}}. */
    public static Optional<Placeholder> byKey(String key) {
        for (Placeholder p : values()) {
            if (p.key.equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
