package org.parindex.survey.membership.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parindex.survey.tabular.TableReader;

/**
 * A members file (CSV or XLSX): {@code username, name, email, role, unit, level, area}. {@code role} is
 * {@code officer} (the default: the PAR officer of {@code unit}) or {@code appraiser} (of {@code level}, and of
 * {@code area} of its framework when given). Vietnamese headers are accepted.
 */
final class MemberFile {

    static final TableReader READER = new TableReader(Map.of(
            "username", List.of("tên đăng nhập", "ten dang nhap", "tài khoản"),
            "name", List.of("họ và tên", "họ tên", "ho va ten", "display_name"),
            "email", List.of("thư điện tử", "e-mail", "địa chỉ thư"),
            "role", List.of("vai trò", "vai tro"),
            "unit", List.of("unit_code", "mã đơn vị", "ma don vi", "đơn vị"),
            "level", List.of("level_code", "cấp", "cấp đánh giá"),
            "area", List.of("area_code", "lĩnh vực", "linh vuc")));

    static final Set<String> REQUIRED = Set.of("username", "name", "email");

    private MemberFile() {
    }
}
