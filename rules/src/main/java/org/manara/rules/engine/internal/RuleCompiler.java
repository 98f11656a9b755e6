package org.manara.rules.engine.internal;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelSource;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.manara.model.Category;
import org.manara.rules.format.Diagnostic;
import org.manara.rules.format.InputSchema;
import org.manara.rules.format.RuleDefinition;
import org.manara.rules.format.internal.Suggest;

/**
 * Compiles a rule's {@code when} once: parse, type-check against the rule set's environment, check
 * set names and regex literals, build the program and find its guards. Errors are reported at their
 * line and column in the policy file.
 */
public final class RuleCompiler {
    private static final Pattern UNDEFINED_FIELD = Pattern.compile("undefined field '([^']+)'");
    private static final Pattern UNDECLARED = Pattern.compile("undeclared reference to '([^']+)'");

    private final CelEnvironment env;
    private final SetFunctions functions;
    private final ExpressionChecks checks;
    private final List<String> counterNames;
    private final List<Diagnostic> diags;
    private final Set<String> usedSets = new LinkedHashSet<>();

    public RuleCompiler(
            CelEnvironment env,
            SetFunctions functions,
            Map<String, NamedSet> sets,
            List<String> counterNames,
            List<Diagnostic> diags) {
        this.env = env;
        this.functions = functions;
        this.checks = new ExpressionChecks(sets);
        this.counterNames = counterNames;
        this.diags = diags;
    }

    /** The sets named by the rules compiled so far. */
    public Set<String> usedSets() {
        return usedSets;
    }

    public Optional<CompiledRule> compile(RuleDefinition rule) {
        String prefix = "rule '" + rule.id() + "': ";
        CelValidationResult parsed = env.compiler().parse(rule.when());
        if (parsed.hasError()) {
            report(rule, parsed, null, prefix + "CEL syntax error: ");
            return Optional.empty();
        }
        CelAbstractSyntaxTree parsedAst;
        CelValidationResult checked;
        try {
            parsedAst = parsed.getAst();
            checked = env.compiler().check(parsedAst);
        } catch (Exception e) {
            diags.add(rule.at().error(prefix + "CEL error: " + e.getMessage()));
            return Optional.empty();
        }
        if (checked.hasError()) {
            report(rule, checked, parsedAst, prefix + "CEL type error: ");
            return Optional.empty();
        }
        try {
            CelAbstractSyntaxTree ast = checked.getAst();
            List<ExpressionChecks.Problem> problems = checks.check(ast, usedSets);
            for (ExpressionChecks.Problem p : problems) {
                diags.add(at(rule, ast.getSource(), p.exprId()).error(prefix + p.message()));
            }
            if (!problems.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(
                    new CompiledRule(
                            rule,
                            env.runtime().createProgram(ast),
                            Prefilter.of(ast, functions, counterNames)));
        } catch (Exception e) {
            diags.add(rule.at().error(prefix + "CEL error: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private void report(
            RuleDefinition rule,
            CelValidationResult result,
            CelAbstractSyntaxTree parsedAst,
            String prefix) {
        CelSource source = result.getSource();
        for (CelIssue issue : result.getErrors()) {
            var where =
                    locate(rule, source, issue, UNDEFINED_FIELD.matcher(issue.getMessage()).find());
            diags.add(where.error(prefix + explain(issue, parsedAst)));
        }
    }

    /**
     * Where an issue is in the file. CEL places a field selection at its dot; an unknown field is
     * reported at the field name itself, one char on.
     */
    private org.manara.rules.format.SourceRef locate(
            RuleDefinition rule, CelSource source, CelIssue issue, boolean atField) {
        CelSourceLocation loc = issue.getSourceLocation();
        Optional<Integer> cp = Optional.empty();
        if (loc != null && loc.getLine() > 0) {
            cp = source.getLocationOffset(loc);
        }
        if (cp.isEmpty() && issue.getExprId() > 0) {
            cp = Optional.ofNullable(source.getPositionsMap().get(issue.getExprId()));
        }
        int offset = charOffset(rule.when(), cp.orElse(0));
        if (atField && offset < rule.when().length() && rule.when().charAt(offset) == '.') {
            offset++;
        }
        return rule.whenMap().at(offset);
    }

    private org.manara.rules.format.SourceRef at(
            RuleDefinition rule, CelSource source, long exprId) {
        Integer cp = source.getPositionsMap().get(exprId);
        return rule.whenMap().at(charOffset(rule.when(), cp == null ? 0 : cp));
    }

    static int charOffset(String s, int codePointOffset) {
        int count = s.codePointCount(0, s.length());
        if (codePointOffset >= count) {
            return s.length() + (codePointOffset - count);
        }
        return s.offsetByCodePoints(0, Math.max(0, codePointOffset));
    }

    /** CEL's message, made specific where the rule environment knows more. */
    private String explain(CelIssue issue, CelAbstractSyntaxTree parsedAst) {
        String msg = issue.getMessage();
        Matcher undefined = UNDEFINED_FIELD.matcher(msg);
        if (undefined.find() && parsedAst != null) {
            String field = undefined.group(1);
            String variable = selectedVariable(parsedAst, issue.getExprId(), field);
            if (variable != null) {
                return fieldMessage(variable, field);
            }
        }
        Matcher undeclared = UNDECLARED.matcher(msg);
        if (undeclared.find()) {
            String name = undeclared.group(1);
            List<String> known = new ArrayList<>(InputSchema.VARIABLES);
            known.addAll(SetFunctions.SET_ARGUMENT.keySet());
            return msg.replaceAll(" \\(in container ''\\)", "") + Suggest.hint(name, known);
        }
        return msg;
    }

    private static String selectedVariable(CelAbstractSyntaxTree ast, long exprId, String field) {
        return CelNavigableAst.fromAst(ast)
                .getRoot()
                .allNodes()
                .map(CelNavigableExpr::expr)
                .filter(
                        e ->
                                e.getKind() == CelExpr.ExprKind.Kind.SELECT
                                        && e.select().field().equals(field)
                                        && e.select().operand().getKind()
                                                == CelExpr.ExprKind.Kind.IDENT
                                        && (exprId <= 0 || e.id() == exprId))
                .map(e -> e.select().operand().ident().name())
                .filter(InputSchema.VARIABLES::contains)
                .findFirst()
                .orElse(null);
    }

    private String fieldMessage(String variable, String field) {
        return switch (variable) {
            case "scores" -> {
                List<String> cats =
                        java.util.Arrays.stream(Category.values()).map(Category::key).toList();
                yield "unknown score category '"
                        + field
                        + "'"
                        + hintOrList(field, cats, "categories");
            }
            case "counters" ->
                    "unknown counter '"
                            + field
                            + "' (not declared in counters.yaml)"
                            + Suggest.hint(field, counterNames);
            default -> {
                List<String> fields =
                        List.copyOf(
                                switch (variable) {
                                    case "post" -> InputSchema.POST.keySet();
                                    case "author" -> InputSchema.AUTHOR.keySet();
                                    default -> InputSchema.CAMPAIGN.keySet();
                                });
                yield variable
                        + " has no field '"
                        + field
                        + "'"
                        + hintOrList(field, fields, "fields");
            }
        };
    }

    private static String hintOrList(String field, List<String> known, String what) {
        String hint = Suggest.hint(field, known);
        return hint.isEmpty() ? " (" + what + ": " + String.join(", ", known) + ")" : hint;
    }
}
