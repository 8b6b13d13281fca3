package io.github.netstatx.cli.macos;

import io.github.netstatx.core.model.MbufClass;
import io.github.netstatx.core.model.MbufTypeCount;
import io.github.netstatx.core.model.MemoryBuffers;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.ProductVersion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Apple's {@code netstat -m} and {@code -mm} (network_cmds {@code netstat.tproj/mbuf.c}, {@code mbpr}): the mbuf
 * type counts, cluster use and the memory total, and with {@code -mm} the table of allocator classes before them.
 * The arithmetic is mbuf.c's, in its C types: per-class products and differences are 32-bit unsigned, the totals
 * 64-bit unsigned. What changed between generations of mbuf.c:
 * <ul>
 * <li>up to 644 (macOS 13): "KB returned", "denied", "delayed" and "drain" lines always printed;
 * <li>667 (14) onwards: each of those only when not 0;
 * <li>up to 705 (15): the jumbo (16 KB) cluster line, and the {@code -mm} rows of classes larger than an mbuf
 *     with a big cluster, only when {@code kern.ipc.njcl} is not 0; 726 (26) prints them always.
 * </ul>
 */
final class AppleMbufReport {

    /** mbuf.c's {@code mbtypes[]}: the kernel type numbers it names, in its order. */
    private static final int[] NAMED_TYPES = {1, 15, 14, 2, 3, 4, 5, 6, 7, 11, 8, 10, 12, 13, 16};
    private static final String[] TYPE_NAMES = {"data", "oob data", "ancillary data", "packet headers",
        "socket structures", "protocol control blocks", "routing table entries", "IMP host table entries",
        "address resolution tables", "fragment reassembly queue headers", "socket names and addresses",
        "socket options", "access rights", "interface addresses", "packet tags"};
    private static final long U32 = 0xffff_ffffL;

    private final boolean zeroLinesAlways;
    private final boolean jumboAlways;

    private AppleMbufReport(boolean zeroLinesAlways, boolean jumboAlways) {
        this.zeroLinesAlways = zeroLinesAlways;
        this.jumboAlways = jumboAlways;
    }

    /** The report as the netstat of the data's macOS release prints it (other systems have no mbufs to print). */
    static AppleMbufReport forData(OsFamily os, String osVersion) {
        // other systems' and unknown releases print as the newest; 10.x counts as 10: every 10.x is before 667
        int major = ProductVersion.ofMac(os, osVersion).map(ProductVersion::major).orElse(26);
        return new AppleMbufReport(major <= 13, major >= 26);
    }

    /** @param level how many {@code -m} were given: 1 the summary, 2 the class table before it */
    List<String> render(MemoryBuffers m, int level) {
        List<String> out = new ArrayList<>();
        long msize = u32(m.mbufSize());
        long mclbytes = u32(m.clusterSize());
        long bigmclbytes = u32(m.bigClusterSize());
        long njclbytes = u32(m.jumboClusterSize());
        boolean jumbo = jumboAlways || u32(m.jumboClusterLimit()) > 0;
        long mbufs = 0;
        long clfree = 0;
        long bigclfree = 0;
        long jumboFree = 0;
        long jumboClusters = 0;
        long mbufClFree = 0;
        long mbufBigclFree = 0;
        long mbufJumboFree = 0;
        for (MbufClass c : m.classes()) {
            long size = c.size() & U32;
            long free = (c.total() - c.active()) & U32;
            if (size == msize) {
                mbufs = c.active() & U32;
            } else if (size == mclbytes) {
                clfree = free;
            } else if (size == bigmclbytes) {
                bigclfree = free;
            } else if (jumbo && size == njclbytes) {
                jumboFree = free;
                jumboClusters = c.total() & U32;
            } else if (size == ((msize + mclbytes) & U32)) {
                mbufClFree = free;
            } else if (size == ((msize + bigmclbytes) & U32)) {
                mbufBigclFree = free;
            } else if (jumbo && size == ((msize + njclbytes) & U32)) {
                mbufJumboFree = free;
            }
        }
        clfree = (clfree + mbufClFree) & U32;
        bigclfree = (bigclfree + mbufBigclFree) & U32;
        jumboFree = (jumboFree + mbufJumboFree) & U32;

        long totmem = 0;
        long totfree = 0;
        long totreturned = 0;
        for (int i = 0; i < m.classes().size(); i++) {
            MbufClass c = m.classes().get(i);
            long mem = (c.classTotal() * c.size()) & U32;
            totmem += mem;
            totreturned += c.released() & U32;
            totfree += ((c.cached() + c.free()) * c.size()) & U32;
            if (level > 1) {
                if (i == 0) {
                    out.add("class        buf   active   ctotal    total cache   cached uncached    memory");
                    out.add("name        size     bufs     bufs     bufs state     bufs     bufs     usage");
                    out.add("---------- ----- -------- -------- -------- ----- -------- -------- ---------");
                }
                if (!jumbo && (c.size() & U32) > msize + bigmclbytes) {
                    continue;
                }
                out.add(String.format(Locale.ROOT, "%-10s %5d %8d %8d %8d %5s %8d %8d %9s", c.name(),
                        c.size() & U32, c.active() & U32, c.classTotal() & U32, c.total() & U32, state(c),
                        c.cached() & U32, c.free() & U32, memory(mem)));
            }
        }
        if (level > 1) {
            out.add("");
        }

        long totmbufs = 0;
        for (int t : NAMED_TYPES) {
            totmbufs += count(m, t);
        }
        if (Long.compareUnsigned(totmbufs, mbufs) > 0) {
            totmbufs = mbufs;
        }
        out.add(Long.toUnsignedString(totmbufs) + "/" + mbufs + " mbufs in use:");
        for (int i = 0; i < NAMED_TYPES.length; i++) {
            long n = count(m, NAMED_TYPES[i]);
            if (n != 0) {
                out.add("\t" + n + " mbufs allocated to " + TYPE_NAMES[i]);
            }
        }
        for (MbufTypeCount t : m.types()) {
            if (t.kernelType() != 0 && !named(t.kernelType()) && t.count() != 0) {
                out.add("\t" + t.count() + " mbufs allocated to <mbuf type " + t.kernelType() + ">");
            }
        }
        if (mbufs - totmbufs > 0) {
            out.add("\t" + (mbufs - totmbufs) + " mbufs allocated to caches");
        }
        long clusters = u32(m.clusters());
        long bigClusters = u32(m.bigClusters());
        out.add(((clusters - clfree) & U32) + "/" + clusters + " mbuf 2KB clusters in use");
        out.add(((bigClusters - bigclfree) & U32) + "/" + bigClusters + " mbuf 4KB clusters in use");
        if (jumbo) {
            out.add(((jumboClusters - jumboFree) & U32) + "/" + jumboClusters + " mbuf " + (njclbytes / 1024)
                    + "KB clusters in use");
        }
        out.add(Long.toUnsignedString(Long.divideUnsigned(totmem, 1024)) + " KB allocated to network ("
                + oneDecimal(percentInUse(totmem, totfree)) + "% in use)");
        if (zeroLinesAlways || totreturned != 0) {
            out.add(Long.toUnsignedString(Long.divideUnsigned(totreturned, 1024)) + " KB returned to the system");
        }
        line(out, u32(m.denied()), " requests for memory denied");
        line(out, u32(m.delayed()), " requests for memory delayed");
        line(out, u32(m.drains()), " calls to drain routines");
        return out;
    }

    private void line(List<String> out, long value, String text) {
        if (zeroLinesAlways || value != 0) {
            out.add(value + text);
        }
    }

    /** mbuf.c's percentage, with its guard against overflowing {@code totused * 100} in an unsigned long. */
    static double percentInUse(long totmem, long totfree) {
        long totused = totmem - totfree;
        if (totmem == 0) {
            return 0;
        }
        if (Long.compareUnsigned(totused, Long.divideUnsigned(-1L, 100)) < 0) {
            return unsignedDouble(totused * 100) / unsignedDouble(totmem);
        }
        return unsignedDouble(Long.divideUnsigned(totused, 100) * 100) / unsignedDouble(Long.divideUnsigned(totmem,
                100));
    }

    private static double unsignedDouble(long v) {
        return v >= 0 ? (double) v : new BigDecimal(Long.toUnsignedString(v)).doubleValue();
    }

    /** {@code %.1f} as C's printf rounds: the exact binary value, ties to even. */
    static String oneDecimal(double v) {
        return new BigDecimal(v).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** mbuf.c's {@code mbpr_mem}: bytes below 1 KB as an integer, else KB or MB with one decimal. */
    static String memory(long bytes) {
        double mem = bytes;
        if (mem < 1024) {
            return Long.toString(bytes);
        }
        mem /= 1024;
        if (mem < 1024) {
            return oneDecimal(mem) + " KB";
        }
        return oneDecimal(mem / 1024) + " MB";
    }

    private static String state(MbufClass c) {
        if (c.cacheState() == null) {
            return "?";
        }
        return switch (c.cacheState()) {
            case DISABLED -> "dis";
            case ONLINE -> "on";
            case PURGING -> "purge";
            case OFFLINE -> "off";
        };
    }

    private static long count(MemoryBuffers m, int type) {
        for (MbufTypeCount t : m.types()) {
            if (t.kernelType() == type) {
                return t.count() & 0xffff;
            }
        }
        return 0;
    }

    private static boolean named(int type) {
        for (int t : NAMED_TYPES) {
            if (t == type) {
                return true;
            }
        }
        return false;
    }

    private static long u32(Long v) {
        return v == null ? 0 : v & U32;
    }
}
