package io.github.netstatx.core.model;

/**
 * How many mbufs of one kernel type are in use.
 *
 * @param kernelType the kernel's type number ({@code MT_DATA} = 1, {@code MT_HEADER} = 2, ...; BSD numbering)
 * @param count mbufs of that type in use
 */
public record MbufTypeCount(int kernelType, long count) {
}
