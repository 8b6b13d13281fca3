/**
 * Which sockets a run shows: the filter options ({@code --state}, {@code --port}, {@code --address},
 * {@code --pid}, {@code --program}, {@code --user}) as a pure model that any backend's entries can be
 * held against. The front end parses the words; backends may read the state and port parts to skip work
 * early ({@link io.github.netstatx.core.filter.SocketFilter#states()}, {@link
 * io.github.netstatx.core.filter.SocketFilter#ports()}), and the front end applies the whole filter after
 * collection, so every backend gives the same answer.
 */
package io.github.netstatx.core.filter;
