package io.portalis.accel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portalis.accel.report.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * There is no Docker engine here, so this reads the Dockerfile as Docker does (instructions, line
 * continuations, stages) and checks what the runtime image must hold for the tool to load OpenCL,
 * use the class-data archive and run unprivileged: the files it copies, the link it makes, its user
 * and its entry point.
 */
class DockerfileTest {
    /** One instruction: its keyword and its arguments with continuations joined. */
    record Instruction(String keyword, String args) {}

    /** One stage: its FROM line and its instructions. */
    record Stage(String from, List<Instruction> instructions) {
        List<String> args(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::args).toList();
        }
    }

    static List<Stage> stages;
    static Stage runtime;

    @BeforeAll
    static void parse() throws IOException {
        stages = parse(Files.readString(Path.of("Dockerfile")));
        runtime = stages.get(stages.size() - 1);
    }

    static List<Stage> parse(String text) {
        List<Instruction> all = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (cur.length() == 0 && (line.isEmpty() || line.startsWith("#"))) {
                continue;
            }
            if (line.startsWith("#")) {
                continue; // a comment inside a continued instruction
            }
            if (line.endsWith("\\")) {
                cur.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            cur.append(line);
            String ins = cur.toString().strip();
            cur.setLength(0);
            if (ins.isEmpty()) {
                continue;
            }
            int sp = ins.indexOf(' ');
            all.add(new Instruction(ins.substring(0, sp).toUpperCase(Locale.ROOT), ins.substring(sp + 1).strip()));
        }
        List<Stage> out = new ArrayList<>();
        for (Instruction i : all) {
            if (i.keyword().equals("FROM")) {
                out.add(new Stage(i.args(), new ArrayList<>()));
            } else if (!out.isEmpty()) {
                out.get(out.size() - 1).instructions().add(i);
            }
        }
        return out;
    }

    private static String runText() {
        return String.join("\n", runtime.args("RUN"));
    }

    /** The JSON-array form of an instruction, e.g. ENTRYPOINT ["a", "b"]. */
    private static List<String> exec(String args) throws IOException {
        JsonNode a = ReportJson.mapper().readTree(args);
        assertTrue(a.isArray(), "exec form, not a shell string: " + args);
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Where a COPY puts {@code source} (the last argument), or null. */
    private static String copyTarget(String source) {
        for (String c : runtime.args("COPY")) {
            List<String> parts = new ArrayList<>(List.of(c.split("\\s+")));
            parts.removeIf(p -> p.startsWith("--"));
            if (parts.size() == 2 && parts.get(0).equals(source)) {
                return parts.get(1);
            }
        }
        return null;
    }

    @Test
    void aBuildStageAndAJreRuntimeStage() {
        assertEquals(2, stages.size(), stages.toString());
        assertTrue(stages.get(0).from().endsWith(" AS build"), stages.get(0).from());
        assertTrue(runtime.from().startsWith("eclipse-temurin:17-jre"), runtime.from());
    }

    @Test
    void theRuntimeImageLinksTheUnversionedOpenClLibraryInTheLinkerCache() {
        String run = runText();
        assertTrue(run.contains("ocl-icd-libopencl1"), "the ICD loader is installed");
        assertTrue(run.contains("pocl-opencl-icd"), "a CPU OpenCL device is installed");
        Matcher ln = Pattern.compile("ln -s \"\\$so1\" (/usr/local/lib|/usr/lib)/libOpenCL\\.so\\b").matcher(run);
        assertTrue(ln.find(), "libOpenCL.so, which JOCL opens, is linked to libOpenCL.so.1: " + run);
        assertTrue(run.contains("ldconfig -p | awk '/libOpenCL\\.so\\.1 /{print $NF; exit}'"), "the link's target is found, not guessed");
        int link = run.indexOf(ln.group());
        assertTrue(run.indexOf("&& ldconfig ", link) > link, "the linker cache is rebuilt after linking");
        assertTrue(run.contains("ldconfig -p | grep -q 'libOpenCL\\.so '"), "the build fails unless the cache has it");
        assertTrue(run.contains("/etc/OpenCL/vendors/nvidia.icd"), "the NVIDIA driver's OpenCL is registered");
    }

    @Test
    void theEntryPointIsTheLauncherBesideTheJarAndTheClassDataArchiveIsBuiltIn() throws IOException {
        List<String> entry = exec(runtime.args("ENTRYPOINT").get(0));
        assertEquals(1, entry.size(), entry.toString());
        String launcher = entry.get(0);
        assertEquals(launcher, copyTarget("bin/portalis-accel"), "the launcher is copied where the entry point runs it");
        String root = Path.of(launcher).getParent().getParent().toString();
        assertEquals(root + "/target/portalis-accel.jar", copyTarget("/src/target/portalis-accel.jar"),
                "the jar sits where the launcher looks for it (ROOT/target)");
        assertEquals(root + "/examples", copyTarget("examples"), "the launcher's training example is there");
        assertTrue(runtime.args("ENV").stream().anyMatch(e -> e.contains("PORTALIS_NO_BUILD=1")), "no Maven in the image");
        String run = runText();
        assertTrue(run.contains(launcher + " --version"), "the launcher runs once at build time: " + run);
        assertTrue(run.contains("test -s " + root + "/target/portalis-accel.jsa"), "and must leave the archive");
        String launcherText = Files.readString(Path.of("bin/portalis-accel"));
        assertTrue(launcherText.contains("jsa=\"$root/target/portalis-accel.jsa\""), "the launcher uses that archive");
        assertTrue(launcherText.contains("-XX:SharedArchiveFile=\"$jsa\""));
        assertTrue(launcherText.contains("grep -q 'libOpenCL\\.so '"),
                "the launcher sees the cached link and makes no private one");
    }

    @Test
    void theRuntimeRunsAsAnUnprivilegedUserAfterEveryRootStep() {
        List<Instruction> ins = runtime.instructions();
        int user = -1;
        for (int i = 0; i < ins.size(); i++) {
            if (ins.get(i).keyword().equals("USER")) {
                user = i;
            }
        }
        assertTrue(user >= 0, "a USER instruction");
        String name = ins.get(user).args().split(":")[0];
        assertFalse(name.equals("root") || name.equals("0"), name);
        assertTrue(runText().contains("useradd") && runText().contains(" " + name), "the user is created");
        for (int i = user + 1; i < ins.size(); i++) {
            assertFalse(ins.get(i).keyword().equals("RUN") || ins.get(i).keyword().equals("COPY"),
                    "nothing installed after dropping root: " + ins.get(i));
        }
        assertNotNull(runtime.args("WORKDIR").stream().filter(w -> runText().contains("chown " + name + " " + w))
                .findFirst().orElse(null), "the working folder belongs to the user");
    }
}
