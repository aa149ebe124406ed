package org.parindex.survey.platform.rest;

import org.parindex.survey.problem.NotFoundException;

/** Numeric ids in paths: anything but a positive number names something that does not exist (404). */
public final class PathParams {

    private PathParams() {
    }

    /** The id of a campaign. */
    public static long campaignId(String raw) {
        return id("đợt đánh giá", raw);
    }

    /** The id of {@code what} (Vietnamese, for the 404). */
    public static long id(String what, String raw) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // not a number: no such thing
        }
        throw new NotFoundException(what, raw);
    }
}
