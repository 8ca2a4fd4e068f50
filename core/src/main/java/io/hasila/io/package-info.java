/**
 * The reading contract every Hasila format shares: {@link io.hasila.io.ReadMode strict or lenient},
 * {@link io.hasila.io.Rejection rejected records} with their position and reason, and the
 * {@link io.hasila.io.ReadResult accounting} in which accepted plus rejected equals records read.
 *
 * <p>No I/O library lives here: the formats are in the {@code hasila-io-json} and
 * {@code hasila-io-csv} modules.
 */
@HasilaStyle
package io.hasila.io;

import io.hasila.internal.HasilaStyle;
