package io.github.netstatx.backend.windows.decode;

/**
 * One numeric field of a statistics structure, under its C name ({@code dwInReceives}).
 *
 * @param field C field name
 * @param value value (unsigned DWORDs and ULONG64s as their bit pattern; {@code dwMaxConn} signed)
 */
public record StructValue(String field, long value) {
}
