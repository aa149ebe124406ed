package org.parindex.survey.invitation.domain;

/**
 * The mails used where the secretariat has written none: polite, short, in Vietnamese, with the link twice in
 * the HTML body (as a button and as text, for clients that hide buttons).
 */
public final class DefaultTemplates {

    private DefaultTemplates() {
    }

    /** The default template of {@code kind}. */
    public static MailTemplate of(MailKind kind) {
        return switch (kind) {
            case INVITATION -> INVITATION;
            case REMINDER -> REMINDER;
        };
    }

    private static final String STYLE = "font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;"
            + "color:#1a1a1a";
    private static final String BUTTON = "display:inline-block;padding:12px 20px;background:#a50e0e;color:#ffffff;"
            + "text-decoration:none;border-radius:4px;font-weight:bold";

    /** A 32-character link is one unbreakable word: let it break anywhere, or it runs off a 360 px phone. */
    private static final String WRAP = "word-break:break-all;overflow-wrap:anywhere";

    static final MailTemplate INVITATION = MailTemplate.of(
            "Mời tham gia khảo sát Chỉ số cải cách hành chính (hạn {{deadline}})",
            """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Phiếu khảo sát Chỉ số CCHC</title></head>
            <body style="%s">
            <p>Kính gửi ông/bà <strong>{{name}}</strong>,</p>
            <p>Tổ thư ký Chỉ số cải cách hành chính trân trọng mời ông/bà tham gia khảo sát xã hội học của
            <strong>{{campaign}}</strong>, thuộc nhóm đối tượng <em>{{group}}</em>.</p>
            <p>Xin ông/bà trả lời phiếu khảo sát trước hết ngày <strong>{{deadline}}</strong>:</p>
            <p><a href="{{link}}" style="%s">Mở phiếu khảo sát</a></p>
            <p>Nếu nút trên không mở được, xin sao chép địa chỉ sau vào trình duyệt:<br>
            <a href="{{link}}" style="%s">{{link}}</a><br>
            Mã phiếu (để gõ tay): <strong>{{code}}</strong></p>
            <p>Phiếu được trả lời ẩn danh: câu trả lời không gắn với tên người trả lời. Liên kết này dành riêng
            cho ông/bà, xin đừng chuyển tiếp thư này.</p>
            <p>Trân trọng cảm ơn!<br>Tổ thư ký Chỉ số cải cách hành chính</p>
            </body></html>
            """.formatted(STYLE, BUTTON, WRAP),
            """
            Kính gửi ông/bà {{name}},

            Tổ thư ký Chỉ số cải cách hành chính trân trọng mời ông/bà tham gia khảo sát xã hội học của {{campaign}}, thuộc nhóm đối tượng "{{group}}".

            Xin ông/bà trả lời phiếu khảo sát trước hết ngày {{deadline}} tại địa chỉ:
            {{link}}

            Mã phiếu (để gõ tay): {{code}}

            Phiếu được trả lời ẩn danh: câu trả lời không gắn với tên người trả lời. Liên kết này dành riêng cho ông/bà, xin đừng chuyển tiếp thư này.

            Trân trọng cảm ơn!
            Tổ thư ký Chỉ số cải cách hành chính
            """);

    static final MailTemplate REMINDER = MailTemplate.of(
            "Nhắc: phiếu khảo sát Chỉ số cải cách hành chính (hạn {{deadline}})",
            """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Nhắc trả lời phiếu khảo sát</title></head>
            <body style="%s">
            <p>Kính gửi ông/bà <strong>{{name}}</strong>,</p>
            <p>Tổ thư ký chưa nhận được phiếu khảo sát của ông/bà trong <strong>{{campaign}}</strong>.
            Ý kiến của nhóm <em>{{group}}</em> rất cần cho kết quả đánh giá.</p>
            <p>Xin ông/bà dành ít phút trả lời trước hết ngày <strong>{{deadline}}</strong>; các câu đã trả lời
            vẫn được giữ nguyên.</p>
            <p><a href="{{link}}" style="%s">Tiếp tục phiếu khảo sát</a></p>
            <p>Địa chỉ: <a href="{{link}}" style="%s">{{link}}</a><br>Mã phiếu: <strong>{{code}}</strong></p>
            <p>Nếu ông/bà đã nộp phiếu, xin bỏ qua thư này.</p>
            <p>Trân trọng cảm ơn!<br>Tổ thư ký Chỉ số cải cách hành chính</p>
            </body></html>
            """.formatted(STYLE, BUTTON, WRAP),
            """
            Kính gửi ông/bà {{name}},

            Tổ thư ký chưa nhận được phiếu khảo sát của ông/bà trong {{campaign}}. Ý kiến của nhóm "{{group}}" rất cần cho kết quả đánh giá.

            Xin ông/bà dành ít phút trả lời trước hết ngày {{deadline}}; các câu đã trả lời vẫn được giữ nguyên:
            {{link}}

            Mã phiếu: {{code}}

            Nếu ông/bà đã nộp phiếu, xin bỏ qua thư này.

            Trân trọng cảm ơn!
            Tổ thư ký Chỉ số cải cách hành chính
            """);
}
