package nl.wmebv.service.api;

import java.util.List;

/**
 * One page of a longer list: its items, how many there are in all, and which page of what size this
 * is.
 */
public record ListPage<T>(List<T> items, long total, int page, int size) {}
