/**
 * Compiling and running rule sets: {@link org.manara.rules.engine.RuleSetLoader} validates and
 * loads (CEL type-checked, embedded tests run), {@link org.manara.rules.engine.RuleSet} evaluates a
 * {@link org.manara.rules.engine.RuleInput} into a {@link org.manara.model.Verdict}, and {@link
 * org.manara.rules.engine.RuleEngine} holds the set in force, swaps valid updates atomically and
 * applies caps.
 */
package org.manara.rules.engine;
