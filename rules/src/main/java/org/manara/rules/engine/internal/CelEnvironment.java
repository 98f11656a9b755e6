package org.manara.rules.engine.internal;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cel.common.CelOptions;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.manara.model.Category;
import org.manara.rules.format.FieldType;
import org.manara.rules.format.InputSchema;

/**
 * The CEL compiler and runtime of one rule set. The variables are declared as struct types (without
 * protobuf messages) so the checker knows every field: {@code post.txt} or {@code counters.unknown}
 * is a type error when the rule loads, not a surprise at run time. At run time each variable is a
 * plain Java map, which CEL's field selection reads by key.
 */
public final class CelEnvironment {
    public static final String POST_TYPE = "manara.Post";
    public static final String AUTHOR_TYPE = "manara.Author";
    public static final String SCORES_TYPE = "manara.Scores";
    public static final String COUNTERS_TYPE = "manara.Counters";
    public static final String CAMPAIGN_TYPE = "manara.Campaign";

    /**
     * Standard CEL with int/double comparisons allowed ({@code scores.spam > 0} type-checks) and
     * comprehensions bounded, so no rule can loop for long over a large list.
     */
    static final CelOptions OPTIONS =
            CelOptions.current()
                    .enableHeterogeneousNumericComparisons(true)
                    .comprehensionMaxIterations(10_000)
                    .maxExpressionCodePointSize(20_000)
                    .build();

    private final CelCompiler compiler;
    private final CelRuntime runtime;

    public CelEnvironment(List<String> counterNames, SetFunctions functions) {
        Map<String, CelType> types = new LinkedHashMap<>();
        types.put(POST_TYPE, struct(POST_TYPE, celTypes(InputSchema.POST)));
        types.put(AUTHOR_TYPE, struct(AUTHOR_TYPE, celTypes(InputSchema.AUTHOR)));
        Map<String, CelType> scores = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            scores.put(c.key(), SimpleType.DOUBLE);
        }
        types.put(SCORES_TYPE, struct(SCORES_TYPE, scores));
        Map<String, CelType> counters = new LinkedHashMap<>();
        for (String c : counterNames) {
            counters.put(c, SimpleType.INT);
        }
        types.put(COUNTERS_TYPE, struct(COUNTERS_TYPE, counters));
        types.put(CAMPAIGN_TYPE, struct(CAMPAIGN_TYPE, celTypes(InputSchema.CAMPAIGN)));
        CelTypeProvider provider = new Provider(types);
        this.compiler =
                CelCompilerFactory.standardCelCompilerBuilder()
                        .setOptions(OPTIONS)
                        .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                        .setTypeProvider(provider)
                        .addVar("post", types.get(POST_TYPE))
                        .addVar("author", types.get(AUTHOR_TYPE))
                        .addVar("scores", types.get(SCORES_TYPE))
                        .addVar("counters", types.get(COUNTERS_TYPE))
                        .addVar("campaign", types.get(CAMPAIGN_TYPE))
                        .addFunctionDeclarations(SetFunctions.declarations())
                        .setResultType(SimpleType.BOOL)
                        .build();
        this.runtime =
                CelRuntimeFactory.standardCelRuntimeBuilder()
                        .setOptions(OPTIONS)
                        .addFunctionBindings(functions.bindings())
                        .build();
    }

    public CelCompiler compiler() {
        return compiler;
    }

    public CelRuntime runtime() {
        return runtime;
    }

    static CelType celType(FieldType t) {
        return switch (t) {
            case STRING -> SimpleType.STRING;
            case INT -> SimpleType.INT;
            case DOUBLE -> SimpleType.DOUBLE;
            case BOOL -> SimpleType.BOOL;
            case STRING_LIST -> ListType.create(SimpleType.STRING);
            case TIMESTAMP -> SimpleType.TIMESTAMP;
        };
    }

    private static Map<String, CelType> celTypes(Map<String, FieldType> schema) {
        Map<String, CelType> out = new LinkedHashMap<>();
        schema.forEach((k, v) -> out.put(k, celType(v)));
        return out;
    }

    private static StructType struct(String name, Map<String, CelType> fields) {
        Map<String, CelType> copy = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        return StructType.create(
                name, ImmutableSet.copyOf(copy.keySet()), f -> Optional.ofNullable(copy.get(f)));
    }

    private record Provider(Map<String, CelType> byName) implements CelTypeProvider {
        @Override
        public ImmutableCollection<CelType> types() {
            return ImmutableList.copyOf(byName.values());
        }

        @Override
        public Optional<CelType> findType(String name) {
            return Optional.ofNullable(byName.get(name));
        }
    }
}
