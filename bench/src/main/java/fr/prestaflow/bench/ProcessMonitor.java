package fr.prestaflow.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Memory and CPU of the stack's processes, found by the port each listens on (/proc/net/tcp{,6}, then the process whose
 * file descriptors hold that socket). Memory is VmRSS from /proc/&lt;pid&gt;/status; PostgreSQL is a postmaster and one
 * process per connection sharing its buffers, so it is counted as the sum of their PSS (proportional set size, shared
 * pages split between the processes), which does not count shared memory twice. Sampled every second by a daemon thread;
 * PostgreSQL's PSS only every {@value #PSS_EVERY} samples (its memory moves slowly): reading smaps_rollup of every
 * backend each second took about 4 % of a core from the stack it measures.
 */
final class ProcessMonitor implements AutoCloseable {

    /** A process of the stack: a name, its port and whether its children count with it (PostgreSQL). */
    record Watched(String name, int port, boolean withChildren) {
    }

    /** Figures of one process (group): memory now and the highest seen, CPU ticks used so far. */
    static final class Figures {
        volatile List<Long> pids = List.of();
        volatile long memoryBytes;
        volatile long peakBytes;
        volatile long cpuTicks;
    }

    static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux
    static final int PSS_EVERY = 5;

    private final List<Watched> watched;
    private final Map<String, Figures> figures = new LinkedHashMap<>();
    private volatile long peakTotalBytes;
    private final Thread sampler;
    private volatile boolean running = true;

    ProcessMonitor(List<Watched> watched) {
        this.watched = watched;
        watched.forEach(w -> figures.put(w.name(), new Figures()));
        sample(true);
        sampler = Thread.ofPlatform().name("bench-memory").daemon().start(() -> {
            for (long n = 1; running; n++) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
                sample(n % PSS_EVERY == 0);
            }
        });
    }

    static boolean available() {
        return Files.isReadable(Path.of("/proc/net/tcp"));
    }

    Map<String, Figures> figures() {
        return figures;
    }

    long peakTotalBytes() {
        return peakTotalBytes;
    }

    /** Samples every figure now, PostgreSQL's PSS included. */
    void sample() {
        sample(true);
    }

    private synchronized void sample(boolean withPss) {
        long total = 0;
        Map<Integer, Set<Long>> inodesByPort = null;
        for (Watched w : watched) {
            Figures f = figures.get(w.name());
            if (f.pids.isEmpty() || !Files.exists(Path.of("/proc", Long.toString(f.pids.getFirst())))) {
                if (inodesByPort == null) {
                    inodesByPort = listeningInodes();
                }
                Long pid = owner(inodesByPort.getOrDefault(w.port(), Set.of()));
                f.pids = pid == null ? List.of() : List.of(pid);
            }
            if (f.pids.isEmpty()) {
                f.memoryBytes = 0;
                continue;
            }
            List<Long> group = w.withChildren() ? withChildren(f.pids.getFirst()) : f.pids;
            boolean measureMemory = !w.withChildren() || withPss;
            long memory = 0;
            long ticks = 0;
            for (long pid : group) {
                if (measureMemory) {
                    memory += w.withChildren() ? pss(pid) : rss(pid);
                }
                ticks += cpuTicks(pid);
            }
            if (w.withChildren()) {
                ticks += childrenCpuTicks(group.getFirst()); // connections that ended
            }
            if (!measureMemory) {
                memory = f.memoryBytes;
            }
            f.memoryBytes = memory;
            f.peakBytes = Math.max(f.peakBytes, memory);
            f.cpuTicks = Math.max(f.cpuTicks, ticks); // children come and go: never let the counter run backwards
            total += memory;
        }
        peakTotalBytes = Math.max(peakTotalBytes, total);
    }

    /** CPU ticks of every watched process now, for the share each took during a phase. */
    Map<String, Long> cpuSnapshot() {
        sample(false);
        Map<String, Long> snapshot = new LinkedHashMap<>();
        figures.forEach((name, f) -> snapshot.put(name, f.cpuTicks));
        snapshot.put("(whole machine busy)", machineBusyTicks());
        snapshot.put("(bench itself)", cpuTicks(ProcessHandle.current().pid()));
        return snapshot;
    }

    /** Busy ticks of all CPUs together (user + nice + system + irq + softirq + steal), from /proc/stat. */
    static long machineBusyTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(cpu[i]);
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static Map<Integer, Set<Long>> listeningInodes() {
        Map<Integer, Set<Long>> inodes = new LinkedHashMap<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                List<String> lines = Files.readAllLines(Path.of(table));
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && f[3].equals("0A")) { // LISTEN
                        int port = Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16);
                        inodes.computeIfAbsent(port, p -> new HashSet<>()).add(Long.parseLong(f[9]));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no IPv6 table, say
            }
        }
        return inodes;
    }

    private static Long owner(Set<Long> inodes) {
        if (inodes.isEmpty()) {
            return null;
        }
        Set<String> targets = new HashSet<>();
        inodes.forEach(i -> targets.add("socket:[" + i + "]"));
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString()
                .chars().allMatch(Character::isDigit))) {
            for (Path process : processes) {
                try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
                    for (Path fd : fds) {
                        try {
                            if (targets.contains(Files.readSymbolicLink(fd).toString())) {
                                return Long.parseLong(process.getFileName().toString());
                            }
                        } catch (IOException e) {
                            // closed meanwhile
                        }
                    }
                } catch (IOException e) {
                    // not ours to read, or gone
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static List<Long> withChildren(long parent) {
        List<Long> group = new ArrayList<>(List.of(parent));
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString()
                .chars().allMatch(Character::isDigit))) {
            for (Path process : processes) {
                String[] stat = stat(Long.parseLong(process.getFileName().toString()));
                if (stat != null && Long.parseLong(stat[1]) == parent) {
                    group.add(Long.parseLong(process.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            // keep the parent alone
        }
        return group;
    }

    /** Fields of /proc/pid/stat after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime. */
    private static String[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static long cpuTicks(long pid) {
        String[] stat = stat(pid);
        return stat == null ? 0 : Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
    }

    /** CPU ticks of the process's children that ended (cutime + cstime). */
    static long childrenCpuTicks(long pid) {
        String[] stat = stat(pid);
        return stat == null ? 0 : Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
    }

    static long rss(long pid) {
        return kilobytes(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
    }

    private static long pss(long pid) {
        long pss = kilobytes(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:");
        return pss > 0 ? pss : rss(pid);
    }

    private static long kilobytes(Path file, String field) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not readable
        }
        return 0;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
