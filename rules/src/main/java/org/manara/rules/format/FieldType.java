package org.manara.rules.format;

/** The types a rule input field can have; the engine maps each to a CEL type. */
public enum FieldType {
    STRING,
    INT,
    DOUBLE,
    BOOL,
    STRING_LIST,
    TIMESTAMP
}
