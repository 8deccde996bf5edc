package jdelt.cli;

import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodDescriptor;
import java.util.List;
import java.util.Map;

/** Test-only method {@code testmemory}, whose fit fails as if the heap were exhausted. */
public final class TestMemoryMethod implements MethodDescriptor {

    @Override
    public String name() {
        return "testmemory";
    }

    @Override
    public String description() {
        return "Always runs out of memory (test only).";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public Interpolator create(Map<String, String> settings) {
        return (x, y) -> {
            throw new OutOfMemoryError("Java heap space");
        };
    }
}
