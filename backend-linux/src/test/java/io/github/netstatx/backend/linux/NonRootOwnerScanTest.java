package io.github.netstatx.backend.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.testing.Prerequisites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * EACCES on {@code /proc/PID/fd}, for real: root is never denied, so the scan runs in a child JVM
 * switched to another uid with {@code setpriv}, on a copy of the captured scenario whose descriptor
 * directories get the owners and modes procfs gives them ({@code 0500}, owned by the process's
 * user), and on the live {@code /proc} beside real {@code netstat -tanp} run as the same user.
 */
class NonRootOwnerScanTest {

    private static final String NOBODY = "65534";

    @TempDir
    static Path tmp;
    private static String classPath;

    @BeforeAll
    static void needsRoot() throws Exception {
        Prerequisites.requireRoot("switching to another uid with setpriv");
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        classPath = readableClassPath(tmp.resolve("cp"));
    }

    /** Copies our classes and agent-core's where any user can read them (~/.m2 may be private). */
    private static String readableClassPath(Path dir) throws Exception {
        List<String> entries = new ArrayList<>();
        Class<?>[] anchors = {LinuxBackend.class, OwnerScanProbe.class, SocketEntry.class};
        for (int i = 0; i < anchors.length; i++) {
            Path from = Path.of(anchors[i].getProtectionDomain().getCodeSource().getLocation().toURI());
            Path to = dir.resolve(i + (Files.isDirectory(from) ? "" : ".jar"));
            copyTree(from, to);
            entries.add(to.toString());
        }
        worldReadable(dir);
        return String.join(":", entries);
    }

    /** Removes the copies here: JUnit would warn about each symlink that points out of its temp dir. */
    @org.junit.jupiter.api.AfterAll
    static void removeCopies() throws IOException {
        if (tmp == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(tmp)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(tmp)) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void someProcessesDeniedIsPartialLikeNetToolsSays() throws Exception {
        Path root = materialize("partial", true, NOBODY);
        List<String> out = runAs(NOBODY, root.toString());
        assertEquals(List.of("diagnostic OWNERS_PARTIAL 4 65534"), lines(out, "diagnostic"),
                "4 root processes denied, 1 own process read");
        List<String> owned = lines(out, "owned");
        assertEquals(1, owned.size(), owned.toString());
        assertTrue(owned.get(0).startsWith("owned 7070 ") && owned.get(0).endsWith(" nobody-daemon"), owned.get(0));
        assertTrue(capturedNetstatStderr(NOBODY).startsWith("(Not all processes could be identified"),
                "net-tools, run as 65534 on the same sockets, printed its partial warning");
    }

    @Test
    void everyProcessDeniedIsUnavailableLikeNetToolsSays() throws Exception {
        Path root = materialize("none", false, "4242");
        List<String> out = runAs("4242", root.toString());
        assertEquals(List.of("diagnostic OWNERS_UNAVAILABLE 5 4242"), lines(out, "diagnostic"));
        assertEquals(List.of(), lines(out, "owned"));
        assertTrue(capturedNetstatStderr("4242").startsWith("(No info could be read for \"-p\": geteuid()=4242"));
    }

    @Test
    void liveProcAgreesWithNetstatRunAsTheSameUser() throws Exception {
        String netstatErr = run(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups",
                "netstat", "-tanp"), true);
        List<String> ours = lines(runAs(NOBODY, "/"), "diagnostic");
        String expected;
        if (netstatErr.startsWith("(No info could be read")) {
            expected = "diagnostic OWNERS_UNAVAILABLE";
        } else if (netstatErr.startsWith("(Not all processes")) {
            expected = "diagnostic OWNERS_PARTIAL";
        } else {
            throw new AssertionError("netstat as nobody printed no -p warning: " + netstatErr);
        }
        assertEquals(1, ours.size(), ours.toString());
        assertTrue(ours.get(0).startsWith(expected + " ") && ours.get(0).endsWith(" 65534"),
                ours.get(0) + " vs netstat: " + netstatErr);
    }

    /**
     * A copy of the captured scenario where each {@code proc/PID/fd} is mode 0500 and owned by root,
     * except the nobody-daemon's when {@code nobodyOwnsItsProcess}; {@code proc/self/status} says
     * the collector runs as {@code collectorUid}.
     */
    private static Path materialize(String name, boolean nobodyOwnsItsProcess, String collectorUid)
            throws IOException {
        Path root = tmp.resolve(name);
        copyTree(Fixtures.root(Fixtures.NETNS), root);
        worldReadable(root);
        UserPrincipalLookupService users = root.getFileSystem().getUserPrincipalLookupService();
        try (Stream<Path> procs = Files.list(root.resolve("proc"))) {
            for (Path pid : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                Path fd = pid.resolve("fd");
                String cmdline = new String(Files.readAllBytes(pid.resolve("cmdline")), StandardCharsets.UTF_8);
                if (nobodyOwnsItsProcess && cmdline.startsWith("/usr/sbin/nobody-daemon")) {
                    Files.setOwner(fd, users.lookupPrincipalByName(NOBODY));
                }
                Files.setPosixFilePermissions(fd, PosixFilePermissions.fromString("r-x------"));
            }
        }
        Files.writeString(root.resolve("proc/self/status"), "Name:\tjava\nUid:\t" + collectorUid + "\t"
                + collectorUid + "\t" + collectorUid + "\t" + collectorUid + "\n");
        return root;
    }

    private static List<String> runAs(String uid, String fsRoot) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String out = run(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", java,
                "-XX:-UsePerfData", "-cp", classPath, OwnerScanProbe.class.getName(), fsRoot), false);
        return out.lines().toList();
    }

    private static String run(List<String> argv, boolean stderr) throws Exception {
        Process p = new ProcessBuilder(argv).redirectErrorStream(false).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished: " + argv);
        if (!stderr) {
            assertEquals(0, p.exitValue(), argv + ": " + new String(err, StandardCharsets.UTF_8));
        }
        return new String(stderr ? err : out, StandardCharsets.UTF_8);
    }

    private static List<String> lines(List<String> out, String kind) {
        return out.stream().filter(l -> l.startsWith(kind + " ")).toList();
    }

    /** stderr of {@code netstat -tanp} run as {@code uid} when the scenario was captured. */
    private static String capturedNetstatStderr(String uid) throws IOException {
        Path index = Fixtures.root(Fixtures.NETNS).resolve("crosscheck/index.tsv");
        for (String row : Files.readAllLines(index)) {
            String[] f = row.split("\t");
            if (f[2].equals(uid) && f[3].equals("netstat -tanp")) {
                return Files.readString(index.resolveSibling(f[0] + ".err"));
            }
        }
        throw new AssertionError("no capture of netstat -tanp as " + uid);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()), LinkOption.NOFOLLOW_LINKS,
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static void worldReadable(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                if (!Files.isSymbolicLink(p)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                            Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }
}
