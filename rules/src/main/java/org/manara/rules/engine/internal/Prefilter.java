package org.manara.rules.engine.internal;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A partial evaluator run before a rule's CEL program: it computes, straight from the input ({@link
 * InputView}), the parts of the condition it understands (fields, sizes, comparisons, {@code has},
 * the set functions, and/or/not) and marks everything else UNKNOWN. When it proves the condition
 * FALSE the program need not run. Most posts fail most rules on a threshold or a word list, so this
 * is what makes evaluating a whole pack cheap.
 *
 * <p>It is exact by construction: it follows CEL's commutative logic, where {@code false && x} is
 * false and {@code true || x} is true whatever {@code x} is (even an error), and a value it cannot
 * compute exactly the way CEL would (an absent field CEL would fail on, a timestamp, arithmetic) is
 * UNKNOWN, which never decides. A FALSE here is therefore always a false (never an error) in CEL.
 * The set functions are the very methods CEL calls.
 */
public final class Prefilter {
    /** A value the prefilter does not compute. */
    public static final Object UNKNOWN = new Object();

    private interface Node {
        Object eval(InputView in);

        /** A rough cost, so conjunctions try cheap checks first. */
        int cost();
    }

    private final Node root;

    private Prefilter(Node root) {
        this.root = root;
    }

    public static Prefilter of(
            CelAbstractSyntaxTree ast, SetFunctions functions, List<String> counterNames) {
        return new Prefilter(new Compiler(functions, counterNames).node(ast.getExpr()));
    }

    /** {@code Boolean.TRUE}, {@code Boolean.FALSE}, or {@link #UNKNOWN}. */
    public Object evaluate(InputView input) {
        return root.eval(input);
    }

    private record Constant(Object value) implements Node {
        @Override
        public Object eval(InputView in) {
            return value;
        }

        @Override
        public int cost() {
            return value == UNKNOWN ? 1000 : 0;
        }
    }

    private record Field(Function<InputView, Object> get) implements Node {
        @Override
        public Object eval(InputView in) {
            return get.apply(in);
        }

        @Override
        public int cost() {
            return 1;
        }
    }

    private record And(List<Node> children) implements Node {
        @Override
        public Object eval(InputView in) {
            boolean unknown = false;
            for (Node c : children) {
                Object v = c.eval(in);
                if (v == Boolean.FALSE) {
                    return Boolean.FALSE;
                }
                if (v != Boolean.TRUE) {
                    unknown = true;
                }
            }
            return unknown ? UNKNOWN : Boolean.TRUE;
        }

        @Override
        public int cost() {
            return children.stream().mapToInt(Node::cost).sum();
        }
    }

    private record Or(List<Node> children) implements Node {
        @Override
        public Object eval(InputView in) {
            boolean unknown = false;
            for (Node c : children) {
                Object v = c.eval(in);
                if (v == Boolean.TRUE) {
                    return Boolean.TRUE;
                }
                if (v != Boolean.FALSE) {
                    unknown = true;
                }
            }
            return unknown ? UNKNOWN : Boolean.FALSE;
        }

        @Override
        public int cost() {
            return children.stream().mapToInt(Node::cost).sum();
        }
    }

    private record Not(Node child) implements Node {
        @Override
        public Object eval(InputView in) {
            Object v = child.eval(in);
            return v instanceof Boolean b ? !b : UNKNOWN;
        }

        @Override
        public int cost() {
            return child.cost();
        }
    }

    private record Size(Node child) implements Node {
        @Override
        public Object eval(InputView in) {
            return child.eval(in) instanceof List<?> l ? (Object) (long) l.size() : UNKNOWN;
        }

        @Override
        public int cost() {
            return child.cost();
        }
    }

    private record Compare(String op, Node left, Node right) implements Node {
        @Override
        public Object eval(InputView in) {
            Object l = left.eval(in);
            if (l == UNKNOWN) {
                return UNKNOWN;
            }
            Object r = right.eval(in);
            if (r == UNKNOWN) {
                return UNKNOWN;
            }
            int c;
            if (l instanceof Long a && r instanceof Long b) {
                c = Long.compare(a, b);
            } else if (l instanceof Number a && r instanceof Number b) {
                double x = a.doubleValue();
                double y = b.doubleValue();
                if (Double.isNaN(x) || Double.isNaN(y)) {
                    return UNKNOWN;
                }
                c = Double.compare(x, y);
                if (x == y) {
                    c = 0; // -0.0 == 0.0 in CEL as in Java's ==
                }
            } else if ((op.equals("_==_") || op.equals("_!=_"))
                    && (l instanceof String || l instanceof Boolean)
                    && l.getClass() == r.getClass()) {
                boolean eq = l.equals(r);
                return op.equals("_==_") ? eq : !eq;
            } else {
                return UNKNOWN;
            }
            return switch (op) {
                case "_<_" -> c < 0;
                case "_<=_" -> c <= 0;
                case "_>_" -> c > 0;
                case "_>=_" -> c >= 0;
                case "_==_" -> c == 0;
                case "_!=_" -> c != 0;
                default -> UNKNOWN;
            };
        }

        @Override
        public int cost() {
            return left.cost() + right.cost();
        }
    }

    /** {@code field <op> constant} on a score or counter, always present, compared unboxed. */
    private record NumberCompare(String op, ToDoubleFunction<InputView> field, double constant)
            implements Node {
        @Override
        public Object eval(InputView in) {
            double v = field.applyAsDouble(in);
            return switch (op) {
                case "_<_" -> v < constant;
                case "_<=_" -> v <= constant;
                case "_>_" -> v > constant;
                case "_>=_" -> v >= constant;
                case "_==_" -> v == constant;
                case "_!=_" -> v != constant;
                default -> UNKNOWN;
            };
        }

        @Override
        public int cost() {
            return 1;
        }
    }

    /** One of the set functions, its set name a literal (checked by ExpressionChecks). */
    private record SetCall(String function, Node value, String set, SetFunctions fns)
            implements Node {
        @Override
        public Object eval(InputView in) {
            Object v = value.eval(in);
            try {
                return switch (function) {
                    case SetFunctions.CONTAINS_ANY ->
                            v instanceof String s ? (Object) fns.containsAny(s, set) : UNKNOWN;
                    case SetFunctions.COUNT_ANY ->
                            v instanceof String s ? (Object) fns.countAny(s, set) : UNKNOWN;
                    case SetFunctions.DOMAIN_IN ->
                            v instanceof String s
                                    ? (Object) fns.domainIn(s, set)
                                    : v instanceof List<?> l
                                            ? (Object) fns.domainIn(l, set)
                                            : UNKNOWN;
                    case SetFunctions.IN_SET ->
                            v instanceof String s
                                    ? (Object) fns.inSet(set, s)
                                    : v instanceof List<?> l ? (Object) fns.inSet(set, l) : UNKNOWN;
                    default -> UNKNOWN;
                };
            } catch (RuntimeException e) {
                return UNKNOWN;
            }
        }

        @Override
        public int cost() {
            return 20 + value.cost();
        }
    }

    private static final class Compiler {
        private static final Node UNKNOWN_NODE = new Constant(UNKNOWN);
        private final SetFunctions functions;
        private final List<String> counterNames;

        Compiler(SetFunctions functions, List<String> counterNames) {
            this.functions = functions;
            this.counterNames = counterNames;
        }

        Node node(CelExpr e) {
            return switch (e.getKind()) {
                case CONSTANT -> constant(e.constant());
                case SELECT -> select(e);
                case CALL -> call(e);
                default -> UNKNOWN_NODE;
            };
        }

        private Node constant(CelConstant c) {
            return switch (c.getKind()) {
                case BOOLEAN_VALUE -> new Constant(c.booleanValue());
                case INT64_VALUE -> new Constant(c.int64Value());
                case DOUBLE_VALUE -> new Constant(c.doubleValue());
                case STRING_VALUE -> new Constant(c.stringValue());
                default -> UNKNOWN_NODE;
            };
        }

        private Node select(CelExpr e) {
            CelExpr operand = e.select().operand();
            if (operand.getKind() != CelExpr.ExprKind.Kind.IDENT) {
                return UNKNOWN_NODE;
            }
            String variable = operand.ident().name();
            String field = e.select().field();
            return new Field(
                    e.select().testOnly()
                            ? FieldAccess.presence(variable, field)
                            : FieldAccess.of(variable, field, counterNames));
        }

        private Node call(CelExpr e) {
            String fn = e.call().function();
            List<CelExpr> args = new ArrayList<>(e.call().args());
            if (e.call().target().isPresent()) {
                args.add(0, e.call().target().get());
            }
            switch (fn) {
                case "_&&_", "_||_" -> {
                    List<Node> children = new ArrayList<>();
                    flatten(e, fn, children);
                    children.sort(Comparator.comparingInt(Node::cost));
                    return fn.equals("_&&_") ? new And(children) : new Or(children);
                }
                case "!_" -> {
                    return new Not(node(args.get(0)));
                }
                case "_<_", "_<=_", "_>_", "_>=_", "_==_", "_!=_" -> {
                    Node fast = numberCompare(fn, args.get(0), args.get(1));
                    return fast != null
                            ? fast
                            : new Compare(fn, node(args.get(0)), node(args.get(1)));
                }
                case "size" -> {
                    return args.size() == 1 ? new Size(node(args.get(0))) : UNKNOWN_NODE;
                }
                default -> {
                    Integer setArg = SetFunctions.SET_ARGUMENT.get(fn);
                    if (setArg == null || e.call().target().isPresent() || args.size() != 2) {
                        return UNKNOWN_NODE;
                    }
                    CelExpr name = args.get(setArg);
                    if (name.getKind() != CelExpr.ExprKind.Kind.CONSTANT
                            || name.constant().getKind() != CelConstant.Kind.STRING_VALUE) {
                        return UNKNOWN_NODE;
                    }
                    return new SetCall(
                            fn,
                            node(args.get(1 - setArg)),
                            name.constant().stringValue(),
                            functions);
                }
            }
        }

        /**
         * A score or counter compared with a number literal, the most common condition: read as a
         * primitive, without boxing. Null when the comparison is not of that shape.
         */
        private Node numberCompare(String fn, CelExpr left, CelExpr right) {
            ToDoubleFunction<InputView> l = FieldAccess.number(left, counterNames);
            Double r = number(right);
            if (l != null && r != null) {
                return new NumberCompare(fn, l, r);
            }
            ToDoubleFunction<InputView> rf = FieldAccess.number(right, counterNames);
            Double lc = number(left);
            if (rf != null && lc != null) {
                return new NumberCompare(flip(fn), rf, lc);
            }
            return null;
        }

        private static Double number(CelExpr e) {
            if (e.getKind() != CelExpr.ExprKind.Kind.CONSTANT) {
                return null;
            }
            CelConstant c = e.constant();
            return switch (c.getKind()) {
                case INT64_VALUE -> (double) c.int64Value();
                case DOUBLE_VALUE -> Double.isNaN(c.doubleValue()) ? null : c.doubleValue();
                default -> null;
            };
        }

        private static String flip(String fn) {
            return switch (fn) {
                case "_<_" -> "_>_";
                case "_<=_" -> "_>=_";
                case "_>_" -> "_<_";
                case "_>=_" -> "_<=_";
                default -> fn;
            };
        }

        private void flatten(CelExpr e, String fn, List<Node> out) {
            if (e.getKind() == CelExpr.ExprKind.Kind.CALL
                    && e.call().function().equals(fn)
                    && e.call().target().isEmpty()) {
                for (CelExpr a : e.call().args()) {
                    flatten(a, fn, out);
                }
            } else {
                out.add(node(e));
            }
        }
    }
}
