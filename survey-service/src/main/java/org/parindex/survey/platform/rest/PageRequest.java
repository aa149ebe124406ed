package org.parindex.survey.platform.rest;

import org.parindex.survey.problem.MalformedRequestException;

/**
 * The {@code page} (from 0) and {@code size} (1–500, default 50) query parameters of a list.
 *
 * @param page the page, from 0
 * @param size items per page
 */
public record PageRequest(int page, int size) {

    /** Largest page size. */
    public static final int MAX_SIZE = 500;
    static final int DEFAULT_SIZE = 50;

    /** Parses the raw query parameters; 400 naming the parameter when one is not a number in range. */
    public static PageRequest parse(String page, String size) {
        int p = QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int s = QueryParams.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }

    static MalformedRequestException bad(String name, String message, String value) {
        return MalformedRequestException.of(name, message, value);
    }
}
