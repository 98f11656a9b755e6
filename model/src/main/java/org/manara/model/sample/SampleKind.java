package org.manara.model.sample;

/** What a synthetic post was generated as: the ground truth behind it. */
public enum SampleKind {
    /** Ordinary conversation in English. */
    CHATTER_EN,
    /** Ordinary conversation in Arabic. */
    CHATTER_AR,
    /** Prize, phone, crypto and link-farm spam. */
    SPAM,
    /** Insults, harassment and threats. */
    ABUSE,
    /** One of a burst of near-identical posts from a group of accounts. */
    CAMPAIGN
}
