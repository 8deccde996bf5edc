package jdelt.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests one local Spark session ({@code local[2]}, no UI, two shuffle partitions, no adaptive planning nor whole-stage code generation, which cost more than they save on test-sized data, UTC),
 * started on first use and stopped when the whole test run ends (JUnit closes the resources of
 * its root store), so every test class shares it.
 */
final class LocalSpark implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SparkSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(LocalSpark.class, k -> new Session(), Session.class).spark;
    }

    /** The session, stopped by JUnit at the end of the run. */
    private static final class Session implements ExtensionContext.Store.CloseableResource {
        final SparkSession spark = SparkSession.builder()
                .appName("jdelt-spark tests")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .config("spark.sql.adaptive.enabled", "false")
                .config("spark.sql.codegen.wholeStage", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();

        @Override
        public void close() {
            spark.stop();
        }
    }
}
