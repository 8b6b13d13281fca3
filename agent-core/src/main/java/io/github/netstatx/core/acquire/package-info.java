/**
 * The acquisition toolkit every backend shares: running an external command safely
 * ({@link io.github.netstatx.core.acquire.CommandRunner}) and the size-then-fetch retry loop of
 * caller-sized native calls ({@link io.github.netstatx.core.acquire.SizedFetch}). Pure JDK, so the
 * logic is tested once here and each backend only adapts its native or process details to it.
 */
package io.github.netstatx.core.acquire;
