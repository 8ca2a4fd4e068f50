/**
 * Implementation details shared by Hasila's modules: the Immutables style, validation helpers,
 * fast parsers, "did you mean" suggestions, and the file mechanics every format uses (pieces of a
 * file for parallel reads, atomic writes).
 *
 * <p>Not public API: the module exports this package only to Hasila's own modules, and anything
 * here may change or disappear in any release.
 */
package io.hasila.internal;
