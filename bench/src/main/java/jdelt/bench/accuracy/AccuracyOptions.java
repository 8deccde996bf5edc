package jdelt.bench.accuracy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command-line options of {@link AccuracyBenchmark}; {@link #USAGE} lists them. Defaults are
 * chosen so the default grid finishes in a few minutes on two cores.
 *
 * @param full run the full factorial grid instead of the default one
 * @param seeds seeds (noise draws) per cell
 * @param threads cells run in parallel
 * @param timeoutSeconds per-fit time limit; a method that exceeds it is skipped at that size and above
 * @param budgetSeconds total fitting time allowed per variant (0: unlimited; negative: {@code minutes} shared
 *     evenly between the variants); once used up, the variant's remaining cells are skipped
 * @param minutes the fitting wall-clock time the automatic budget aims at
 * @param oracleFitLimit skip the oracle search where the method's default fit took longer than this
 * @param oracleGrid log-spaced grid values in the oracle search
 * @param oracleRefine golden-section fits per derivative order in the oracle search
 * @param oracle whether to run the oracle variants at all
 * @param methods method names to run (empty: all registered)
 * @param signals signal names to run (empty: all)
 * @param maxN per-method largest sample count to try
 * @param out the output directory
 * @param progressBar redraw a progress bar in place (else plain progress lines)
 * @param grid which cells: {@code all} (the default or full grid and the hard-data grid),
 *     {@code original} (without the hard-data grid) or {@code hard} (the hard-data grid only)
 */
public record AccuracyOptions(boolean full, int seeds, int threads, double timeoutSeconds, double budgetSeconds,
                              double minutes,                              double oracleFitLimit, int oracleGrid, int oracleRefine, boolean oracle,
                              Set<String> methods, Set<String> signals, Map<String, Integer> maxN, Path out,
                              boolean progressBar, String grid) {

    /** The usage text. */
    public static final String USAGE = String.join("\n",
            "usage: java -cp bench/target/benchmarks.jar jdelt.bench.accuracy.AccuracyBenchmark [options]",
            "  --full                 run the full grid (all combinations; hours) instead of the default subset",
            "  --grid all|original|hard  the default (or full) grid and the hard-data grid (default all),",
            "                         only the former, or only the hard-data grid",
            "  --seeds N              noise draws per cell (default 3)",
            "  --threads N            cells in parallel (default: min(2, cores))",
            "  --timeout S            per-fit time limit in seconds (default 20)",
            "  --budget S             fitting seconds allowed per method variant, 0 = unlimited (default with",
            "                         --full); by default --minutes × 60 × threads / number of variants",
            "  --minutes M            fitting wall-clock time the default budget aims at (default 8)",
            "  --oracle-fit-limit S   skip the oracle search where the default fit took longer (default 1; 10 with --full)",
            "  --oracle-grid G        log-spaced values in the oracle grid (default 11)",
            "  --oracle-refine R      golden-section fits per derivative order after the grid (default 6)",
            "  --no-oracle            do not run the oracle variants",
            "  --methods a,b          only these registered methods",
            "  --signals a,b          only these signals",
            "  --max-n method=N       do not run a method above N samples (repeatable)",
            "  --out DIR              output directory (default bench/results, or results when run inside bench/)",
            "  --progress|--no-progress  force the progress bar on or off (default: on if stderr is a terminal)",
            "  --help                 print this text");

    /**
     * Parses the command line.
     *
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException for an unknown option or a bad value, with the usage text
     */
    public static AccuracyOptions parse(String[] args) {
        List<String> a = List.of(args);
        boolean full = a.contains("--full");
        int seeds = 3;
        int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
        double timeout = 20;
        double budget = full ? 0 : -1;
        double minutes = 8;
        double oracleFitLimit = full ? 10 : 1;
        int oracleGrid = 11;
        int oracleRefine = 6;
        boolean oracle = true;
        Set<String> methods = Set.of();
        Set<String> signals = Set.of();
        Map<String, Integer> maxN = new HashMap<>();
        Path out = Files.isDirectory(Path.of("bench")) ? Path.of("bench", "results") : Path.of("results");
        boolean progress = ProgressBar.stderrIsTerminal();
        String grid = "all";
        for (int i = 0; i < args.length; i++) {
            String opt = args[i];
            switch (opt) {
                case "--full" -> { }
                case "--no-oracle" -> oracle = false;
                case "--progress" -> progress = true;
                case "--no-progress" -> progress = false;
                case "--seeds" -> seeds = positiveInt(opt, value(args, ++i, opt));
                case "--threads" -> threads = positiveInt(opt, value(args, ++i, opt));
                case "--timeout" -> timeout = number(opt, value(args, ++i, opt));
                case "--budget" -> budget = number(opt, value(args, ++i, opt));
                case "--minutes" -> minutes = number(opt, value(args, ++i, opt));
                case "--oracle-fit-limit" -> oracleFitLimit = number(opt, value(args, ++i, opt));
                case "--oracle-grid" -> oracleGrid = positiveInt(opt, value(args, ++i, opt));
                case "--oracle-refine" -> oracleRefine = Integer.parseInt(value(args, ++i, opt));
                case "--methods" -> methods = Set.of(value(args, ++i, opt).split(","));
                case "--signals" -> signals = Set.of(value(args, ++i, opt).split(","));
                case "--out" -> out = Path.of(value(args, ++i, opt));
                case "--grid" -> {
                    grid = value(args, ++i, opt);
                    if (!List.of("all", "original", "hard").contains(grid)) {
                        throw new IllegalArgumentException("--grid expects all, original or hard, got '" + grid + "'\n" + USAGE);
                    }
                }
                case "--max-n" -> {
                    String[] kv = value(args, ++i, opt).split("=", 2);
                    if (kv.length != 2) {
                        throw new IllegalArgumentException("--max-n expects method=N, got '" + args[i] + "'\n" + USAGE);
                    }
                    maxN.put(kv[0], positiveInt(opt, kv[1]));
                }
                default -> throw new IllegalArgumentException("unknown option '" + opt + "'\n" + USAGE);
            }
        }
        return new AccuracyOptions(full, seeds, threads, timeout, budget, minutes, oracleFitLimit, oracleGrid, oracleRefine,
                oracle, methods, signals, Map.copyOf(maxN), out, progress, grid);
    }

    /**
     * @param variants the number of variants that will run
     * @return these options with an automatic budget replaced by its value in seconds
     */
    public AccuracyOptions resolveBudget(int variants) {
        double seconds = budgetSeconds >= 0 ? budgetSeconds : minutes * 60 * threads / Math.max(variants, 1);
        return new AccuracyOptions(full, seeds, threads, timeoutSeconds, seconds, minutes, oracleFitLimit, oracleGrid,
                oracleRefine, oracle, methods, signals, maxN, out, progressBar, grid);
    }

    private static String value(String[] args, int i, String opt) {
        if (i >= args.length) {
            throw new IllegalArgumentException(opt + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static int positiveInt(String opt, String v) {
        try {
            int n = Integer.parseInt(v.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(opt + " expects a positive whole number, got '" + v + "'\n" + USAGE);
    }

    private static double number(String opt, String v) {
        try {
            double x = Double.parseDouble(v.trim());
            if (x >= 0) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(opt + " expects a non-negative number, got '" + v + "'\n" + USAGE);
    }
}
