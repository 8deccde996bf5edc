package jdelt.cli;

import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodDescriptor;
import java.util.List;
import java.util.Map;


/** Test-only method {@code testbroken}, whose fit fails with a bug-like exception (for exit code 1). */
public final class TestBrokenMethod implements MethodDescriptor {

    @Override
    public String name() {
        return "testbroken";
    }

    @Override
    public String description() {
        return "Always fails (test only).";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public Interpolator create(Map<String, String> settings) {
        return (x, y) -> {
            throw new IllegalStateException("simulated bug");
        };
    }
}
