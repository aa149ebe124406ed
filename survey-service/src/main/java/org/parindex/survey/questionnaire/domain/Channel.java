package org.parindex.survey.questionnaire.domain;

/** How a respondent answered (hình thức trả lời). */
public enum Channel {
    /** Through the respondent's link (trực tuyến). */
    ONLINE,
    /** On paper, entered by the secretariat (trực tiếp). */
    PAPER
}
