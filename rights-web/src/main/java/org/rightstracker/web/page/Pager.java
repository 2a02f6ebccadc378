package org.rightstracker.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a paginated list stands: which page of how many, and the links to the neighbouring pages. */
public record Pager(String path, String query, int index, int size, long total) {

    public static final int DEFAULT_SIZE = 25;

    /** Clamps a requested page (1-based, as URLs show it) into the pages that exist. */
    public static Pager of(String path, String query, Integer requestedPage, long total) {
        int pages = (int) Math.max(1, (total + DEFAULT_SIZE - 1) / DEFAULT_SIZE);
        int page = requestedPage == null ? 1 : Math.max(1, Math.min(requestedPage, pages));
        return new Pager(path, query == null ? "" : query.strip(), page - 1, DEFAULT_SIZE, total);
    }

    public int number() {
        return index + 1;
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return index > 0;
    }

    public boolean hasNext() {
        return number() < pages();
    }

    public long first() {
        return total == 0 ? 0 : (long) index * size + 1;
    }

    public long last() {
        return Math.min(total, (long) (index + 1) * size);
    }

    public String previousLink() {
        return link(number() - 1);
    }

    public String nextLink() {
        return link(number() + 1);
    }

    private String link(int page) {
        String q = query.isEmpty() ? "" : "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&";
        return path + "?" + q + "page=" + page;
    }
}
