/**
 * Implementation details shared by Hasila's modules: the Immutables style and validation helpers.
 *
 * <p>Not public API: anything here may change or disappear in any release.
 */
package io.hasila.internal;
