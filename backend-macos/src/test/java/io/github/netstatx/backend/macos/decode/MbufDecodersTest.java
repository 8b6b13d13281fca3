package io.github.netstatx.backend.macos.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.backend.macos.fixtures.MbufWriter;
import io.github.netstatx.backend.macos.fixtures.MbufWriter.ClassSpec;
import io.github.netstatx.backend.macos.fixtures.XnuLayout;
import io.github.netstatx.backend.macos.fixtures.XnuLayout.Release;
import io.github.netstatx.core.model.MbufCacheState;
import io.github.netstatx.core.model.MbufClass;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** kern.ipc.mbstat and kern.ipc.mb_stat, encoded from every release's recorded layouts. */
class MbufDecodersTest {

    @ParameterizedTest
    @EnumSource(Release.class)
    void decoderOffsetsAreTheRecordedOnes(Release r) {
        XnuLayout l = r.layout();
        assertEquals(l.offset("mbstat", "m_clusters"), MbstatDecoder.CLUSTERS);
        assertEquals(l.offset("mbstat", "m_drops"), MbstatDecoder.DROPS);
        assertEquals(l.offset("mbstat", "m_wait"), MbstatDecoder.WAIT);
        assertEquals(l.offset("mbstat", "m_drain"), MbstatDecoder.DRAIN);
        assertEquals(l.offset("mbstat", "m_mtypes"), MbstatDecoder.MTYPES);
        assertEquals(l.offset("mbstat", "m_mcfail") - l.offset("mbstat", "m_mtypes"), 2 * MbstatDecoder.MTYPE_COUNT);
        assertEquals(l.offset("mbstat", "m_msize"), MbstatDecoder.MSIZE);
        assertEquals(l.offset("mbstat", "m_mclbytes"), MbstatDecoder.MCLBYTES);
        assertEquals(l.offset("mbstat", "m_bigclusters"), MbstatDecoder.BIGCLUSTERS);
        assertEquals(l.offset("mbstat", "m_bigmclbytes"), MbstatDecoder.BIGMCLBYTES);
        assertTrue(l.size("mbstat") >= MbstatDecoder.MIN_SIZE);
        assertEquals(l.offset("mb_stat", "mbs_cnt"), MbClassStatsDecoder.COUNT);
        assertEquals(l.offset("mb_stat", "mbs_class"), MbClassStatsDecoder.CLASSES);
        assertEquals(l.offset("mb_class_stat", "mbcl_cname"), MbClassStatsDecoder.NAME);
        assertEquals(l.offset("mb_class_stat", "mbcl_size") - l.offset("mb_class_stat", "mbcl_cname"),
                MbClassStatsDecoder.NAME_SIZE);
        assertEquals(l.offset("mb_class_stat", "mbcl_size"), MbClassStatsDecoder.SIZE);
        assertEquals(l.offset("mb_class_stat", "mbcl_total"), MbClassStatsDecoder.TOTAL);
        assertEquals(l.offset("mb_class_stat", "mbcl_active"), MbClassStatsDecoder.ACTIVE);
        assertEquals(l.offset("mb_class_stat", "mbcl_infree"), MbClassStatsDecoder.INFREE);
        assertEquals(l.offset("mb_class_stat", "mbcl_ctotal"), MbClassStatsDecoder.CTOTAL);
        assertEquals(l.offset("mb_class_stat", "mbcl_release_cnt"), MbClassStatsDecoder.RELEASE_CNT);
        assertEquals(l.offset("mb_class_stat", "mbcl_mc_state"), MbClassStatsDecoder.MC_STATE);
        assertEquals(l.offset("mb_class_stat", "mbcl_mc_cached"), MbClassStatsDecoder.MC_CACHED);
        int expectedRecord = r.ordinal() >= Release.MACOS_14.ordinal() ? MbClassStatsDecoder.RECORD_FROM_14
                : MbClassStatsDecoder.RECORD_UNTIL_13;
        assertEquals(l.size("mb_class_stat"), expectedRecord);
    }

    @ParameterizedTest
    @EnumSource(Release.class)
    void mbstatFieldsAndTypeCounts(Release r) throws MalformedSysctlException {
        ByteBuffer b = MbufWriter.mbstat(r.layout(), Map.of("m_clusters", 3344L, "m_drops", 7L, "m_wait", 8L,
                "m_drain", 9L, "m_msize", 256L, "m_mclbytes", 2048L, "m_bigclusters", 972L, "m_bigmclbytes", 4096L,
                "m_mbufs", 99999L), Map.of(1, 1356, 2, 2519, 255, 65535));
        MbstatDecoder.Mbstat m = MbstatDecoder.decode(b);
        assertEquals(3344, m.clusters());
        assertEquals(7, m.drops());
        assertEquals(8, m.waits());
        assertEquals(9, m.drains());
        assertEquals(256, m.mbufSize());
        assertEquals(2048, m.clusterBytes());
        assertEquals(972, m.bigClusters());
        assertEquals(4096, m.bigClusterBytes());
        assertEquals(1356, m.types()[1]);
        assertEquals(2519, m.types()[2]);
        assertEquals(65535, m.types()[255], "u_short counts are unsigned");
        assertEquals(0, m.types()[3]);
    }

    @ParameterizedTest
    @EnumSource(Release.class)
    void classesAtTheReleasesStride(Release r) throws MalformedSysctlException {
        ByteBuffer b = MbufWriter.mbStat(r.layout(), List.of(
                new ClassSpec("mbuf", 256, 7444, 6301, 900, 7444, 0, 1, 243),
                new ClassSpec("cl", 2048, 3344, 2228, 1000, 3344, 4096, 2, 116),
                new ClassSpec("16kcl", 16384, 301, 0, 301, 301, 0, 9, 0)));
        List<MbufClass> c = MbClassStatsDecoder.decode(b);
        assertEquals(List.of(
                new MbufClass("mbuf", 256, 7444, 6301, 900, 7444, 0, MbufCacheState.ONLINE, 243),
                new MbufClass("cl", 2048, 3344, 2228, 1000, 3344, 4096, MbufCacheState.PURGING, 116),
                new MbufClass("16kcl", 16384, 301, 0, 301, 301, 0, null, 0)), c);
    }

    @Test
    void shortOrGarbledBuffersAreMalformedNotExceptions() {
        XnuLayout l = Release.MACOS_15_4.layout();
        assertThrows(MalformedSysctlException.class, () -> MbstatDecoder.decode(ByteBuffer.allocate(579)));
        ByteBuffer classes = MbufWriter.mbStat(l, List.of(new ClassSpec("mbuf", 256, 1, 1, 0, 1, 0, 1, 0),
                new ClassSpec("cl", 2048, 1, 1, 0, 1, 0, 1, 0)));
        assertThrows(MalformedSysctlException.class, () -> MbClassStatsDecoder.decode(classes.slice(0, 100)));
        assertThrows(MalformedSysctlException.class, () -> MbClassStatsDecoder.decode(ByteBuffer.allocate(2)));
        assertThrows(MalformedSysctlException.class, () -> MbClassStatsDecoder.decode(ByteBuffer.allocate(152)),
                "a count of 0 is netstat's 'Invalid mbuf class count'");
        ByteBuffer wrongCount = classes.duplicate();
        wrongCount.putInt(0, 5);
        assertThrows(MalformedSysctlException.class, () -> MbClassStatsDecoder.decode(wrongCount));
        assertThrows(MalformedSysctlException.class,
                () -> UintSysctlDecoder.decode(ByteBuffer.allocate(3), "kern.ipc.njclbytes"));
    }
}
