package org.manara.rules.engine.internal;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelFunctionBinding;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.manara.rules.engine.TextNormalizer;
import org.manara.rules.format.SetKind;

/**
 * The functions rules call on named sets, declared to the CEL checker and bound to this rule set's
 * sets:
 *
 * <ul>
 *   <li>{@code in_set(name, value)} and {@code in_set(name, list)}: the value (any of the list) is
 *       in the set, canonicalised for the set's kind;
 *   <li>{@code contains_any(text, name)}: a words set item occurs in the text as whole words, after
 *       normalisation;
 *   <li>{@code count_any(text, name)}: how many distinct items of a words set occur;
 *   <li>{@code domain_in(domains, name)} and {@code domain_in(domain, name)}: a domain or one of
 *       its parents is in a domains set.
 * </ul>
 *
 * The set name must be a string literal so that the validator can check it exists and has the right
 * kind ({@link ExpressionChecks}).
 */
public final class SetFunctions {
    public static final String IN_SET = "in_set";
    public static final String CONTAINS_ANY = "contains_any";
    public static final String COUNT_ANY = "count_any";
    public static final String DOMAIN_IN = "domain_in";

    /** For each function, the index of its set-name argument. */
    public static final Map<String, Integer> SET_ARGUMENT =
            Map.of(IN_SET, 0, CONTAINS_ANY, 1, COUNT_ANY, 1, DOMAIN_IN, 1);

    /** For each function, the set kinds it accepts. */
    public static final Map<String, Set<SetKind>> KINDS =
            Map.of(
                    IN_SET, Set.of(SetKind.values()),
                    CONTAINS_ANY, Set.of(SetKind.WORDS),
                    COUNT_ANY, Set.of(SetKind.WORDS),
                    DOMAIN_IN, Set.of(SetKind.DOMAINS));

    private final Map<String, NamedSet> sets;
    private final WordCache words;

    public SetFunctions(Map<String, NamedSet> sets, TextNormalizer normalizer) {
        this.sets = sets;
        this.words = new WordCache(normalizer);
    }

    /**
     * Declares {@code text} to be this rule set's normaliser's output already (see {@link
     * WordCache#normalized}), for the evaluations that follow on this thread.
     */
    public void normalized(String text) {
        words.normalized(text);
    }

    public static List<CelFunctionDecl> declarations() {
        var string = SimpleType.STRING;
        var list = ListType.create(SimpleType.STRING);
        return List.of(
                CelFunctionDecl.newFunctionDeclaration(
                        IN_SET,
                        CelOverloadDecl.newGlobalOverload(
                                "in_set_string_string", SimpleType.BOOL, string, string),
                        CelOverloadDecl.newGlobalOverload(
                                "in_set_string_list", SimpleType.BOOL, string, list)),
                CelFunctionDecl.newFunctionDeclaration(
                        CONTAINS_ANY,
                        CelOverloadDecl.newGlobalOverload(
                                "contains_any_string_string", SimpleType.BOOL, string, string)),
                CelFunctionDecl.newFunctionDeclaration(
                        COUNT_ANY,
                        CelOverloadDecl.newGlobalOverload(
                                "count_any_string_string", SimpleType.INT, string, string)),
                CelFunctionDecl.newFunctionDeclaration(
                        DOMAIN_IN,
                        CelOverloadDecl.newGlobalOverload(
                                "domain_in_list_string", SimpleType.BOOL, list, string),
                        CelOverloadDecl.newGlobalOverload(
                                "domain_in_string_string", SimpleType.BOOL, string, string)));
    }

    public List<CelFunctionBinding> bindings() {
        return List.of(
                CelFunctionBinding.from(
                        "in_set_string_string",
                        String.class,
                        String.class,
                        (name, value) -> inSet(name, value)),
                CelFunctionBinding.from(
                        "in_set_string_list",
                        String.class,
                        List.class,
                        (name, values) -> inSet(name, values)),
                CelFunctionBinding.from(
                        "contains_any_string_string",
                        String.class,
                        String.class,
                        (text, name) -> containsAny(text, name)),
                CelFunctionBinding.from(
                        "count_any_string_string",
                        String.class,
                        String.class,
                        (text, name) -> countAny(text, name)),
                CelFunctionBinding.from(
                        "domain_in_list_string",
                        List.class,
                        String.class,
                        (domains, name) -> domainIn(domains, name)),
                CelFunctionBinding.from(
                        "domain_in_string_string",
                        String.class,
                        String.class,
                        (domain, name) -> domainIn(domain, name)));
    }

    // The functions themselves, shared by the CEL bindings and the Prefilter so both compute
    // exactly the same thing.

    public boolean inSet(String name, String value) {
        return set(name).contains(value);
    }

    public boolean inSet(String name, List<?> values) {
        return anyIn(set(name), values);
    }

    public boolean containsAny(String text, String name) {
        return wordSet(name).matchesAny(words.words(text));
    }

    public long countAny(String text, String name) {
        return wordSet(name).countDistinct(words.words(text));
    }

    public boolean domainIn(List<?> domains, String name) {
        return anyDomain(domainSet(name), domains);
    }

    public boolean domainIn(String domain, String name) {
        return domainSet(name).matches(domain);
    }

    private static boolean anyIn(NamedSet set, List<?> values) {
        for (Object v : values) {
            if (set.contains((String) v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyDomain(DomainSet set, List<?> domains) {
        for (Object d : domains) {
            if (set.matches((String) d)) {
                return true;
            }
        }
        return false;
    }

    private NamedSet set(String name) {
        NamedSet s = sets.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown set '" + name + "'");
        }
        return s;
    }

    private WordSet wordSet(String name) {
        return (WordSet) set(name);
    }

    private DomainSet domainSet(String name) {
        return (DomainSet) set(name);
    }
}
