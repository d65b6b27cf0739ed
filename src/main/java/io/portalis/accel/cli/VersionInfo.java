package io.portalis.accel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The tool's version, from the build (filtered resource {@code version.properties}). */
public final class VersionInfo implements CommandLine.IVersionProvider {
    private static final String VERSION = load();

    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = VersionInfo.class.getResourceAsStream("/io/portalis/accel/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"portalis-accel " + VERSION,
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
