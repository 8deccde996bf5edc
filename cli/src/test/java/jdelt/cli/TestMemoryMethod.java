package jdelt.cli;

/** Test-only method {@code testmemory}, whose fit fails as if the heap were exhausted. */
public final class TestMemoryMethod extends FailingTestMethod {

    /** The method, for the service loader. */
    public TestMemoryMethod() {
        super("testmemory", "Always runs out of memory (test only).", () -> {
            throw new OutOfMemoryError("Java heap space");
        });
    }
}
