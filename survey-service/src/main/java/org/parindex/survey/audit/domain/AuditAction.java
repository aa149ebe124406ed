package org.parindex.survey.audit.domain;

import java.util.Optional;

/** What an audit entry records, with its Vietnamese label. */
public enum AuditAction {
    LOGIN("Đăng nhập"),
    LOGIN_FAILED("Đăng nhập sai"),
    USER_CREATED("Tạo tài khoản"),
    USER_CHANGED("Sửa tài khoản"),
    SCORES_IMPORTED("Nhập điểm tự đánh giá, thẩm định"),
    SCORE_CHANGED("Sửa điểm"),
    RESULTS_PUBLISHED("Công bố kết quả"),
    INVITATIONS_SENT("Gửi thư mời"),
    REMINDERS_SENT("Gửi thư nhắc"),
    QR_SHEET_DOWNLOADED("Tải phiếu mã QR"),
    RESPONDENTS_EXPORTED("Xuất danh sách trạng thái"),
    PAPER_ENTERED("Nhập phiếu giấy"),
    PAPER_FORM_DOWNLOADED("Tải phiếu giấy trống"),
    CAMPAIGN_CREATED("Tạo đợt đánh giá"),
    CAMPAIGN_CHANGED("Sửa đợt đánh giá"),
    CAMPAIGN_STATUS_CHANGED("Chuyển trạng thái đợt đánh giá"),
    CAMPAIGN_DELETED("Xoá đợt đánh giá"),
    UNITS_IMPORTED("Nhập danh sách đơn vị"),
    RESPONDENT_ADDED("Thêm người được điều tra"),
    RESPONDENT_CHANGED("Sửa người được điều tra"),
    RESPONDENT_REMOVED("Xoá người được điều tra"),
    RESPONDENTS_IMPORTED("Nhập danh sách người được điều tra"),
    LINK_READ("Xem liên kết riêng, mã QR"),
    LINK_REISSUED("Cấp lại liên kết"),
    LINK_REVOKED("Thu hồi liên kết"),
    MAIL_TEMPLATE_CHANGED("Sửa mẫu thư"),
    MAILS_RETRIED("Gửi lại thư thất bại"),
    MAIL_FILE_READ("Tải tệp thư .eml"),
    DEMO_ANSWERS("Nộp phiếu mô phỏng (dữ liệu mẫu)"),
    MEMBERS_IMPORTED("Nhập danh sách cán bộ đầu mối, thành viên thẩm định"),
    SIGN_IN_LINK_SENT("Gửi liên kết đặt mật khẩu"),
    SELF_ASSESSMENT_CHANGED("Sửa tự đánh giá"),
    SELF_ASSESSMENT_SUBMITTED("Nộp tự đánh giá"),
    SELF_ASSESSMENT_REOPENED("Mở lại tự đánh giá"),
    EVIDENCE_UPLOADED("Tải lên tài liệu kiểm chứng"),
    EVIDENCE_REMOVED("Xoá tài liệu kiểm chứng"),
    APPRAISAL_CHANGED("Sửa điểm thẩm định"),
    APPRAISAL_SENT("Gửi kết quả thẩm định"),
    EXPLANATION_SENT("Gửi giải trình"),
    APPRAISAL_FINALISED("Chốt kết quả thẩm định"),
    /** Written by the request filter of earlier versions; kept so that their entries still read. */
    API_CHANGE("Thay đổi qua API");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** Vietnamese label, e.g. "Sửa điểm". */
    public String label() {
        return label;
    }

    /** Parses an action code, e.g. {@code "SCORE_CHANGED"} (case-insensitive). */
    public static Optional<AuditAction> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (AuditAction a : values()) {
            if (a.name().equalsIgnoreCase(code.strip())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
