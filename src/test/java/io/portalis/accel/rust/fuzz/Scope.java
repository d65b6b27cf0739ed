package io.portalis.accel.rust.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What generated code may use at one point: the visible variables (a later entry of the same name
 * shadows an earlier one: an Optional narrowed inside {@code if o is not None:} is visible there as
 * its element type, read-only), the exceptions the code so far may raise (collected so a {@code try}
 * catches what its body raises and a function records what escapes it), and where we are.
 */
final class Scope {
    record Var(String name, Ty ty, boolean readOnly) {}

    final List<Var> vars;
    /** Exceptions (class names) that code generated under this scope may raise; shared with the parent. */
    final Set<String> raised;
    /** Whether an operation that may raise is welcome here (inside a try, or in a function). */
    final boolean riskOk;
    final int loopDepth;
    /** In a function called inside expressions: no prints, no mutation of arguments. */
    final boolean pure;
    /** The enclosing function's return type (null in main). */
    final Ty returns;
    /** The class of {@code self} when generating a method, else null. */
    final ProgramGenerator.Cls self;

    Scope(List<Var> vars, Set<String> raised, boolean riskOk, int loopDepth, boolean pure, Ty returns,
            ProgramGenerator.Cls self) {
        this.vars = vars;
        this.raised = raised;
        this.riskOk = riskOk;
        this.loopDepth = loopDepth;
        this.pure = pure;
        this.returns = returns;
        this.self = self;
    }

    static Scope function(List<Var> params, boolean pure, Ty returns, ProgramGenerator.Cls self) {
        return new Scope(new ArrayList<>(params), new LinkedHashSet<>(), true, 0, pure, returns, self);
    }

    /** A nested block: its own variables (not visible after it), the same raised set. */
    Scope block() {
        return new Scope(new ArrayList<>(vars), raised, riskOk, loopDepth, pure, returns, self);
    }

    Scope loop() {
        return new Scope(new ArrayList<>(vars), raised, riskOk, loopDepth + 1, pure, returns, self);
    }

    /** A try body: risk welcome, its own raised set so the handlers can catch what it raises. */
    Scope tryBody() {
        return new Scope(new ArrayList<>(vars), new LinkedHashSet<>(), true, loopDepth, pure, returns, self);
    }

    Scope with(Var v) {
        Scope s = block();
        s.vars.add(v);
        return s;
    }

    /** The visible (unshadowed) variables of a type. */
    List<Var> visible(Ty ty, boolean writable) {
        List<Var> out = new ArrayList<>();
        for (int i = 0; i < vars.size(); i++) {
            Var v = vars.get(i);
            if (!v.ty().equals(ty) || (writable && v.readOnly()) || shadowed(i)) {
                continue;
            }
            out.add(v);
        }
        return out;
    }

    private boolean shadowed(int i) {
        for (int j = i + 1; j < vars.size(); j++) {
            if (vars.get(j).name().equals(vars.get(i).name())) {
                return true;
            }
        }
        return false;
    }
}
