package org.manara.rules.format;

/** A label from {@code labels.yaml}: the vocabulary rules may apply to posts. */
public record LabelDefinition(String name, String description, Severity severity, SourceRef at) {}
