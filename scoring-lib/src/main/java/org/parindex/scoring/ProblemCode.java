package org.parindex.scoring;

/**
 * What kind of problem a {@link Problem} is: a stable, machine-readable code, so that an application can show its
 * own message (e.g. in Vietnamese) from the code, the {@link Problem#field() field}, the
 * {@link Problem#value() value} and the {@link Problem#parameters() parameters}. Codes are only ever added, never
 * renamed or removed; the parameters each code carries are listed with it.
 */
public enum ProblemCode {

    /** The file cannot be opened or read. Parameters: {@code reason}. */
    FILE_UNREADABLE,
    /** The file is not UTF-8 (e.g. saved as Latin-1 or Windows-1258). Parameters: none. */
    NOT_UTF8,
    /** The file's syntax is broken (CSV quoting, JSON). Parameters: {@code reason}. */
    SYNTAX,
    /** The JSON nests arrays and objects deeper than the reader allows. Parameters: {@code limit}. */
    TOO_DEEP,
    /** A required column is missing from the header row. Field: the column. Parameters: {@code required}. */
    MISSING_COLUMN,
    /** The header row names a column the file kind does not have. Field: the column. Parameters: {@code known}. */
    UNKNOWN_COLUMN,
    /** The header row names a column twice. Field: the column. */
    DUPLICATE_COLUMN,
    /** A row has more or fewer values than the header. Parameters: {@code values}, {@code columns}. */
    ROW_LENGTH,
    /** A required value is blank. Field: the column. */
    BLANK,
    /** A value is not a number. Field and value: the column and its text. */
    NOT_A_NUMBER,
    /**
     * A number is too large, too precise or has too large an exponent to be read ({@link DecimalText} bounds).
     * Field and value: the column and its text (at most 40 characters). Parameters: {@code limit}.
     */
    NUMBER_OUT_OF_BOUNDS,
    /** A count is not a whole number (or is negative). Field and value: the column and its text. */
    NOT_A_COUNT,
    /** A yes/no value is none of the accepted words ({@link YesNo}). Field and value: the column and its text. */
    NOT_YES_NO,
    /**
     * A row names a unit not in the unit list (field {@code unit}), or a unit's parent is not in the units file
     * (field {@code parent}); the value is the code.
     */
    UNKNOWN_UNIT,
    /**
     * A row names a unit of another level than the framework's. Field {@code unit}. Parameters: {@code unitLevel},
     * {@code frameworkLevel}, {@code framework}.
     */
    UNIT_OF_OTHER_LEVEL,
    /** A unit's name differs from the one given earlier. Field {@code unit_name}. Parameters: {@code first}, {@code firstLine}. */
    UNIT_NAME_DIFFERS,
    /** The same row (unit and item, and for answers group and option) is given twice. Parameters: {@code firstLine}. */
    DUPLICATE_ROW,
    /** Both a score and a figure are given for one side. Field: the figure column. Parameters: {@code side}. */
    SCORE_AND_FIGURE,
    /**
     * The item is not a leaf of the framework. Field {@code item}, value the code. Parameters: {@code framework},
     * {@code hasSubCriteria} ({@code true} when the code names a criterion or area: score its sub-criteria).
     */
    UNKNOWN_ITEM,
    /** Answers are given for a leaf that is not a SURVEY leaf. Field {@code item}. Parameters: {@code method}. */
    NOT_A_SURVEY_ITEM,
    /**
     * An answer option that is not on the leaf's scale. Field {@code option}. Parameters: {@code scale},
     * {@code known} (the scale's option codes, comma-separated).
     */
    UNKNOWN_OPTION,
    /** Points or figures are given on a SURVEY leaf. Field {@code item}. */
    SURVEY_ITEM_VALUE,
    /** Points below 0. Field: the score column; value: the points. Parameters: {@code side}. */
    SCORE_BELOW_ZERO,
    /** Points above the leaf's max. Field: the score column; value: the points. Parameters: {@code side}, {@code max}. */
    SCORE_ABOVE_MAX,
    /** A figure on a leaf without an award rule. Field: the figure column; value: the figure. Parameters: {@code side}. */
    FIGURE_WITHOUT_RULE,
    /**
     * A figure the leaf's rule cannot read. Field: the figure column; value: the figure. Parameters: {@code side},
     * {@code rule} (the type, e.g. {@code LEVELS}), {@code ruleText} (the rule in Vietnamese), {@code reason}.
     */
    FIGURE_UNREADABLE,
    /** A required field of a JSON document is absent or null. Field: its key. */
    MISSING_FIELD,
    /**
     * A JSON value is of another type than its field needs (a string for a number, an array for an object…).
     * Field and value: the key and the JSON text. Parameters: {@code expected}.
     */
    WRONG_TYPE,
    /** A JSON object has a field the format does not know. Field: the key. Parameters: {@code known}. */
    UNKNOWN_FIELD,
    /** A JSON array that must have elements is empty. Field: its key. */
    EMPTY,
    /** A code is used twice where it must be unique. Field {@code code}, value the code. Parameters: {@code firstLine}. */
    DUPLICATE_CODE,
    /**
     * A value is not one of those allowed (an enum constant, a format name). Field and value: the key and the text.
     * Parameters: {@code allowed}.
     */
    NOT_ONE_OF,
    /** Any other problem: only the {@link Problem#message() message} says what it is. */
    OTHER
}
