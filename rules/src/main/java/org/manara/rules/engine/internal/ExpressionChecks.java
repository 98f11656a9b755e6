package org.manara.rules.engine.internal;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.manara.rules.format.SetKind;
import org.manara.rules.format.internal.Suggest;

/**
 * Checks CEL cannot make at compile time: set names given to the set functions must be string
 * literals naming a declared set of the right kind, and regular expressions given to {@code
 * matches} as literals must compile (in CEL they would only fail when the rule runs).
 */
public final class ExpressionChecks {

    /** A problem at a node of the expression. */
    public record Problem(long exprId, String message) {}

    private static final CelRuntime.Program REGEX_PROBE = regexProbe();

    private final Map<String, NamedSet> sets;

    public ExpressionChecks(Map<String, NamedSet> sets) {
        this.sets = sets;
    }

    /** The problems of {@code ast}; every set name it uses is added to {@code usedSets}. */
    public List<Problem> check(CelAbstractSyntaxTree ast, Set<String> usedSets) {
        List<Problem> out = new ArrayList<>();
        CelNavigableAst.fromAst(ast)
                .getRoot()
                .allNodes()
                .map(CelNavigableExpr::expr)
                .filter(e -> e.getKind() == CelExpr.ExprKind.Kind.CALL)
                .forEach(e -> checkCall(e, out, usedSets));
        return out;
    }

    private void checkCall(CelExpr e, List<Problem> out, Set<String> usedSets) {
        String fn = e.call().function();
        Integer setArg = SetFunctions.SET_ARGUMENT.get(fn);
        if (setArg != null && e.call().target().isEmpty() && e.call().args().size() > setArg) {
            CelExpr arg = e.call().args().get(setArg);
            String name = stringLiteral(arg);
            if (name == null) {
                out.add(
                        new Problem(
                                arg.id(),
                                "the set name given to " + fn + "() must be a string literal"));
                return;
            }
            NamedSet set = sets.get(name);
            if (set == null) {
                out.add(
                        new Problem(
                                arg.id(),
                                "unknown set '"
                                        + name
                                        + "' (no file sets/*/"
                                        + name
                                        + ".txt or .yaml)"
                                        + Suggest.hint(name, sets.keySet())));
                return;
            }
            usedSets.add(name);
            Set<SetKind> kinds = SetFunctions.KINDS.get(fn);
            if (!kinds.contains(set.kind())) {
                out.add(
                        new Problem(
                                arg.id(),
                                fn
                                        + "() needs a "
                                        + kinds.iterator().next().directory()
                                        + " set; '"
                                        + name
                                        + "' is a "
                                        + set.kind().directory()
                                        + " set"));
            }
        }
        if (fn.equals("matches")) {
            List<CelExpr> args = new ArrayList<>(e.call().args());
            String pattern = args.isEmpty() ? null : stringLiteral(args.get(args.size() - 1));
            if (pattern != null) {
                String problem = regexProblem(pattern);
                if (problem != null) {
                    out.add(
                            new Problem(
                                    args.get(args.size() - 1).id(),
                                    "invalid regular expression: " + problem));
                }
            }
        }
    }

    private static String stringLiteral(CelExpr e) {
        if (e.getKind() == CelExpr.ExprKind.Kind.CONSTANT
                && e.constant().getKind() == CelConstant.Kind.STRING_VALUE) {
            return e.constant().stringValue();
        }
        return null;
    }

    /** Compiles the pattern with CEL's own regex engine (RE2); null when it is valid. */
    static String regexProblem(String pattern) {
        try {
            REGEX_PROBE.eval(Map.of("p", pattern));
            return null;
        } catch (CelEvaluationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String m = String.valueOf(cause.getMessage());
            int colon = m.indexOf("error parsing regexp:");
            return colon >= 0 ? m.substring(colon + "error parsing regexp:".length()).strip() : m;
        }
    }

    private static CelRuntime.Program regexProbe() {
        try {
            Cel cel =
                    CelFactory.standardCelBuilder()
                            .setOptions(CelEnvironment.OPTIONS)
                            .addVar("p", SimpleType.STRING)
                            .build();
            return cel.createProgram(cel.compile("''.matches(p)").getAst());
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the regex probe", e);
        }
    }
}
