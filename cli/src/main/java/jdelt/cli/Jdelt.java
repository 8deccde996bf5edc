package jdelt.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code jdelt} command-line tool: derivatives and plots of sampled data from CSV files. Exit
 * codes: 0 on success, 2 for bad input or usage (one message, no stack trace), 1 for an internal error.
 */
@Command(name = "jdelt", mixinStandardHelpOptions = true, versionProvider = Jdelt.Version.class,
        subcommands = {DifferentiateCommand.class, IntegrateCommand.class, GradientCommand.class, MethodsCommand.class, CommandLine.HelpCommand.class},
        description = {"Estimates derivatives of sampled data: fits a smooth model to (x, y) samples read from "
                + "a CSV file and differentiates the model."},
        footer = {"", "Examples:",
            "  jdelt differentiate examples/data/vehicle-log.csv --order 1,2 \\",
            "        --output derivatives.csv --plot derivatives.png",
            "  jdelt integrate flow.csv --x t --y rate --initial 0",
            "  jdelt methods",
            "  jdelt differentiate --help",
            "", "Exit codes: 0 success, 2 bad input or usage, 1 internal error."})
public final class Jdelt implements Callable<Integer> {

    /** Exit code for success. */
    static final int OK = 0;
    /** Exit code for an internal error. */
    static final int INTERNAL = 1;
    /** Exit code for bad input or usage. */
    static final int BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    /** Without a subcommand, shows the usage and fails. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("jdelt: a subcommand is needed");
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    /**
     * Runs the tool.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = SafeOutput.standardOutput();
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, out, err, System.err);
        if (out.checkError() && code == OK) {
            err.println("jdelt: cannot write to standard output (disk full or pipe closed?): the output is incomplete");
            code = BAD_INPUT;
        }
        System.exit(code);
    }

    /**
     * Runs the tool with the given streams, for tests and embedding.
     *
     * @param args the command-line arguments
     * @param out standard output
     * @param err standard error, for messages
     * @param progressStream standard error as a stream, for the progress bar
     * @return the exit code
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, PrintStream progressStream) {
        CommandLine cmd = new CommandLine(new Jdelt(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == DifferentiateCommand.class) {
                    return cls.cast(new DifferentiateCommand(progressStream));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
        cmd.setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler((e, ignored) -> {
            CommandLine sub = e.getCommandLine();
            err.println("jdelt: " + e.getMessage());
            err.println("Try '" + sub.getCommandSpec().qualifiedName() + " --help' for usage.");
            return BAD_INPUT;
        });
        cmd.setExecutionExceptionHandler((e, sub, parsed) -> {
            String problem = badInput(e);
            if (problem != null) {
                err.println("jdelt: " + problem);
                return BAD_INPUT;
            }
            err.println("jdelt: internal error, please report it: " + e);
            if (System.getenv("JDELT_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("jdelt: (set JDELT_DEBUG=1 to include the stack trace in the report)");
            }
            return INTERNAL;
        });
        int code;
        try {
            code = cmd.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("jdelt: out of memory (" + e.getMessage() + "): give Java more with JDELT_JAVA_OPTS=-Xmx8g,"
                    + " or use fewer rows or a smaller model");
            code = INTERNAL;
        } catch (StackOverflowError e) {
            err.println("jdelt: internal error, please report it: " + e);
            code = INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** @return the message for an exception caused by bad input or usage, or {@code null} for an internal error */
    private static String badInput(Exception e) {
        if (e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory: " + ((NoSuchFileException) e).getFile();
        }
        if (e instanceof FileSystemException) {
            FileSystemException f = (FileSystemException) e;
            return "cannot use " + f.getFile() + ": " + (f.getReason() != null ? f.getReason() : f.getClass().getSimpleName());
        }
        if (e instanceof CharacterCodingException) {
            return "the file is not UTF-8 text";
        }
        if (e instanceof IOException) {
            return e.getMessage() != null ? e.getMessage() : e.toString();
        }
        return null;
    }

    /** The version, from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Jdelt.class.getPackage().getImplementationVersion();
            return new String[] {"jdelt " + (v != null ? v : "(development build)")};
        }
    }
}
