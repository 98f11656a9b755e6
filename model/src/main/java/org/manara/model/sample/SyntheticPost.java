package org.manara.model.sample;

import org.manara.model.Post;

/** A generated post with the kind it was generated as. */
public record SyntheticPost(Post post, SampleKind kind) {}
