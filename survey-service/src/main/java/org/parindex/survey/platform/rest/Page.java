package org.parindex.survey.platform.rest;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the items of this page
 * @param page  the page, from 0
 * @param size  the requested page size
 * @param total the number of items over all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }
}
