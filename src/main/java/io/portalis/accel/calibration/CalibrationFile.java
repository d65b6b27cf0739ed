package io.portalis.accel.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portalis.accel.report.AtomicTextFile;
import io.portalis.accel.strategy.UnitRate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calibration file: each processing unit's measured rate, kept between runs in
 * {@code $XDG_CACHE_HOME/portalis-accel/rates.json} (default {@code ~/.cache/portalis-accel/}).
 * Each run moves a unit's rate {@value #EMA_WEIGHT_TEXT} of the way towards what it measured (an
 * exponential moving average), and a rate not measured for {@link #MAX_AGE} is dropped, so a
 * changed machine is re-learned. Written atomically (a temporary file renamed over the old one); a
 * missing or unreadable file is an empty table, never an error.
 *
 * <p>The system property {@value #CACHE_HOME_PROPERTY}, when set, replaces {@code $XDG_CACHE_HOME}
 * (tests point it at a temporary folder); set to the empty string or {@value #NO_CACHE} it means "no cache
 * folder": no calibration is read or written (the build's tests run so, for reproducible decisions).
 */
public final class CalibrationFile {
    private static final Logger LOG = LoggerFactory.getLogger(CalibrationFile.class);
    public static final String CACHE_HOME_PROPERTY = "portalis.cache.home";
    /** The value of {@value #CACHE_HOME_PROPERTY} (as is the empty string) that means "no cache folder". */
    public static final String NO_CACHE = "none";
    public static final String FILE_NAME = "rates.json";
    /** The weight of a new measurement in the moving average. */
    public static final double EMA_WEIGHT = 0.5;
    private static final String EMA_WEIGHT_TEXT = "half";
    public static final Duration MAX_AGE = Duration.ofDays(30);
    private static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public CalibrationFile(Path file) {
        this.file = file;
    }

    /** The file at the user's cache folder, or empty when {@value #CACHE_HOME_PROPERTY} says there is none. */
    public static Optional<CalibrationFile> atDefaultLocation() {
        String property = System.getProperty(CACHE_HOME_PROPERTY);
        Path home;
        if (property != null) {
            if (property.isBlank() || property.equals(NO_CACHE)) {
                return Optional.empty();
            }
            home = Path.of(property);
        } else {
            String xdg = System.getenv("XDG_CACHE_HOME");
            home = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                    ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        }
        return Optional.of(new CalibrationFile(home.resolve("portalis-accel").resolve(FILE_NAME)));
    }

    public Path path() {
        return file;
    }

    /** The table, unit key to entry; entries past {@link #MAX_AGE} at {@code now} are left out. */
    public Map<String, RateEntry> read(Instant now) {
        Map<String, RateEntry> table = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return table;
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            JsonNode units = root == null ? null : root.get("units");
            if (root == null || root.path("schema_version").asInt() != SCHEMA_VERSION || units == null
                    || !units.isObject()) {
                LOG.warn("calibration file {} is not one this version writes; it will be rewritten", file);
                return table;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = units.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode u = e.getValue();
                RateEntry entry = new RateEntry(
                        new UnitRate(u.path("fixed_ns").asDouble(), u.path("ns_per_byte").asDouble(),
                                u.path("samples").asLong()),
                        u.hasNonNull("cpu_load") ? u.get("cpu_load").asDouble() : null,
                        Instant.parse(u.path("updated_at").asText()));
                if (!entry.expired(now, MAX_AGE)) {
                    table.put(e.getKey(), entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("calibration file {} could not be read ({}); it will be rewritten", file, e.getMessage());
            table.clear();
        }
        return table;
    }

    /**
     * Moves each unit in {@code observed} towards its new measurement, keeps the other units, and
     * writes the file atomically. Returns the table written. A failure to write is a warning: the
     * run's own result never depends on it.
     */
    public Map<String, RateEntry> update(Map<String, UnitRate> observed, Double cpuLoad, Instant now) {
        Map<String, RateEntry> table = read(now);
        for (Map.Entry<String, UnitRate> e : observed.entrySet()) {
            RateEntry old = table.get(e.getKey());
            table.put(e.getKey(), old == null ? new RateEntry(e.getValue(), cpuLoad, now)
                    : old.decayTowards(e.getValue(), cpuLoad, now, EMA_WEIGHT, MAX_AGE));
        }
        write(table);
        return table;
    }

    /** Writes {@code table} atomically; a failure is logged, not thrown. */
    public void write(Map<String, RateEntry> table) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema_version", SCHEMA_VERSION);
        ObjectNode units = root.putObject("units");
        for (Map.Entry<String, RateEntry> e : new TreeMap<>(table).entrySet()) {
            ObjectNode u = units.putObject(e.getKey());
            RateEntry r = e.getValue();
            u.put("fixed_ns", r.rate().fixedNanos());
            u.put("ns_per_byte", r.rate().nanosPerByte());
            u.put("samples", r.rate().samples());
            if (r.cpuLoad() != null) {
                u.put("cpu_load", r.cpuLoad());
            }
            u.put("updated_at", r.updatedAt().toString());
        }
        try {
            AtomicTextFile.write(file, w -> JSON.writeValue(w, root));
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not write the calibration file {}: {}", file, e.getMessage());
        }
    }

    /** Deletes the file; true when there was one. */
    public boolean delete() throws IOException {
        return Files.deleteIfExists(file);
    }
}
