package org.parindex.survey.unit.application;

import java.util.List;
import java.util.Map;
import org.parindex.survey.tabular.TableReader;

/** The columns of a units file, as in {@code questionnaires/units}: {@code code,name,level,parent}. */
public final class UnitFile {

    /** Reads units files; Vietnamese headers are accepted too ({@code mã, tên, cấp, đơn vị cấp trên}). */
    public static final TableReader READER = new TableReader(Map.of(
            "code", List.of("mã", "ma", "mã đơn vị", "unit", "unit_code"),
            "name", List.of("tên", "ten", "tên đơn vị", "unit_name"),
            "level", List.of("cấp", "cap", "level_code"),
            "parent", List.of("đơn vị cấp trên", "cấp trên", "parent_code")));

    private UnitFile() {
    }
}
