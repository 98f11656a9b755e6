package org.manara.streamjobs.sink;

import java.io.Serializable;

/** A composable index template: its name and its full JSON body. */
public record IndexTemplate(String name, byte[] json) implements Serializable {}
