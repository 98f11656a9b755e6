/**
 * The rule file format: a {@link org.manara.rules.format.RuleSource} (a rules directory as path to
 * content) read by {@link org.manara.rules.format.PolicyPackReader} into a {@link
 * org.manara.rules.format.PolicyPack}, with every structural problem reported as a {@link
 * org.manara.rules.format.Diagnostic} naming file, line and column. {@link
 * org.manara.rules.format.InputSchema} is the one list of fields rules can read.
 */
package org.manara.rules.format;
