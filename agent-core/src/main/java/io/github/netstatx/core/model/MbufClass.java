package io.github.netstatx.core.model;

import java.util.Objects;

/**
 * One buffer class of the kernel's mbuf allocator ({@code mbuf}, {@code cl}, {@code bigcl}, {@code 16kcl}
 * and the composite {@code mbuf_cl}...).
 *
 * @param name the kernel's class name
 * @param size bytes per buffer
 * @param total buffers created, including those in composite classes ({@code mbcl_total})
 * @param active buffers in use ({@code mbcl_active})
 * @param free buffers in the class's free list ({@code mbcl_infree})
 * @param classTotal buffers created for this class alone ({@code mbcl_ctotal})
 * @param released bytes given back to the system ({@code mbcl_release_cnt})
 * @param cacheState the state of the class's per-CPU cache, {@code null} when the kernel's value is not one
 *     of the known states
 * @param cached buffers held in the per-CPU cache ({@code mbcl_mc_cached})
 */
public record MbufClass(String name, long size, long total, long active, long free, long classTotal, long released,
        MbufCacheState cacheState, long cached) {

    public MbufClass {
        Objects.requireNonNull(name, "name");
    }
}
