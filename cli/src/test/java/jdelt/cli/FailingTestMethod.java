package jdelt.cli;

import jdelt.interpolation.Interpolator;
import jdelt.interpolation.MethodDescriptor;
import java.util.List;
import java.util.Map;

/** A test-only method without settings whose every fit fails in a given way, to test how the tool reports failures. */
abstract class FailingTestMethod implements MethodDescriptor {

    private final String name;
    private final String description;
    private final Runnable failure;

    /**
     * @param name the method's name
     * @param description its one-line description
     * @param failure what a fit does: throws
     */
    FailingTestMethod(String name, String description, Runnable failure) {
        this.name = name;
        this.description = description;
        this.failure = failure;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public Interpolator create(Map<String, String> settings) {
        return (x, y) -> {
            failure.run();
            throw new AssertionError(name + ": the failure did not throw");
        };
    }
}
