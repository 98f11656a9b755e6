package org.manara.rules.engine;

/**
 * The coordinated campaign a post was assigned to ({@code campaign.*}): its id, how many accounts
 * take part and the detector's confidence in [0, 1].
 */
public record CampaignFacts(String id, long size, double score) {}
