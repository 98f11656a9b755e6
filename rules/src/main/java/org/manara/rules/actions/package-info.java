/**
 * Caps on automated actions: rules only ask for actions; {@link
 * org.manara.rules.actions.CapEnforcer} degrades an action to a review flag once a rule's or an
 * action's hourly or daily cap is spent, and records why on the match.
 */
package org.manara.rules.actions;
