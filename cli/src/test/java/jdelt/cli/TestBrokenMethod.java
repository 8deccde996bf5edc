package jdelt.cli;

/** Test-only method {@code testbroken}, whose fit fails with a bug-like exception (for exit code 1). */
public final class TestBrokenMethod extends FailingTestMethod {

    /** The method, for the service loader. */
    public TestBrokenMethod() {
        super("testbroken", "Always fails (test only).", () -> {
            throw new IllegalStateException("simulated bug");
        });
    }
}
