package cn.cadre.lms.gardens.control;

import java.time.Instant;

/**
 * A garden as lists and its page show it, with the caller's place in it.
 *
 * @param member the caller may post here
 * @param manages the caller keeps it: features and removes posts
 */
public record GardenCard(long id, String kind, String name, String description, String audiencePath,
    String countyCode, Long refId, String openedBy, Instant openedAt, long posts, boolean member,
    boolean manages) {}
