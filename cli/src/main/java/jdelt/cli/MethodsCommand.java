package jdelt.cli;

import jdelt.interpolation.MethodDescriptor;
import jdelt.interpolation.MethodRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jdelt methods}: lists every registered method, one per line, with its parameters and defaults. */
@Command(name = "methods", mixinStandardHelpOptions = true,
        description = {"Lists every method, one per line: its name, its parameters with their defaults "
                + "(auto: chosen from the data), and what it computes."},
        footer = {"", "Examples:", "  jdelt methods", "  jdelt methods --parameters",
            "  jdelt differentiate log.csv --method spline --param lambda=0.5"})
final class MethodsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--parameters", description = "also describe each parameter, on its own indented line")
    private boolean parameters;

    @Override
    public Integer call() {
        List<MethodDescriptor> all = MethodRegistry.all();
        if (all.isEmpty()) {
            throw new IllegalStateException("no methods are registered: the tool was built without any method module");
        }
        PrintWriter out = spec.commandLine().getOut();
        int width = all.stream().mapToInt(m -> m.name().length()).max().orElse(0);
        int settingsWidth = all.stream().mapToInt(m -> settings(m).length()).max().orElse(0);
        for (MethodDescriptor m : all) {
            out.println(String.format("%-" + width + "s  %-" + settingsWidth + "s  %s", m.name(), settings(m), m.description()).stripTrailing());
            if (parameters) {
                for (MethodDescriptor.Parameter p : m.parameters()) {
                    out.println("    " + p.name() + " (default " + p.defaultValue() + "): " + p.description());
                }
            }
        }
        out.flush();
        return Jdelt.OK;
    }

    private static String settings(MethodDescriptor m) {
        return m.parameters().isEmpty() ? "(no parameters)" : m.parameters().stream()
                .map(p -> p.name() + "=" + p.defaultValue()).collect(Collectors.joining(" "));
    }
}
