package jdelt.cli;

import java.time.DateTimeException;
import java.time.ZoneId;

import jdelt.io.ReadOptions;
import picocli.CommandLine.Option;

/**
 * The options of {@code differentiate} and {@code integrate} that say what to do with awkward rows
 * of a series, as a picocli mixin: missing values, the time zone of local date-times, duplicate x.
 */
final class RowPolicyOptions {

    @Option(names = "--missing", paramLabel = "POLICY", defaultValue = "skip", description = "rows with a missing or non-finite value: skip (and report) or error (default: ${DEFAULT-VALUE})")
    private ReadOptions.MissingPolicy missing = ReadOptions.MissingPolicy.SKIP;

    @Option(names = "--timezone", paramLabel = "ZONE", description = "date-times without a UTC offset are local times in this zone (e.g. Europe/Berlin), so the hour repeated when clocks go back is read in order")
    private String timeZone;

    @Option(names = "--duplicates", paramLabel = "POLICY", defaultValue = "mean", description = "rows with equal x: mean (merge, and report) or error (default: ${DEFAULT-VALUE})")
    private ReadOptions.DuplicatePolicy duplicates = ReadOptions.DuplicatePolicy.MEAN;

    /**
     * @param options the options to complete
     * @return them with these policies and zone
     * @throws IllegalArgumentException for an unknown time zone
     */
    ReadOptions applyTo(ReadOptions options) {
        return options.withMissing(missing).withDuplicates(duplicates).withTimeZone(zone(timeZone));
    }

    /** @return the zone of {@code --timezone}, or {@code null} without it */
    static ZoneId zone(String name) {
        if (name == null) {
            return null;
        }
        try {
            return ZoneId.of(name.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--timezone: unknown time zone '" + name
                    + "'; give a region such as Europe/Berlin or America/New_York, or an offset such as +01:00");
        }
    }
}
