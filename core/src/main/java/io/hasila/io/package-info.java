/**
 * The reading and writing contract every Hasila format shares: {@link io.hasila.io.RecordReader}
 * and {@link io.hasila.io.RecordWriter} with the same names in every format, {@link
 * io.hasila.io.ReadMode strict or lenient} reading, {@link io.hasila.io.Rejection rejected records}
 * with their position and reason, the {@link io.hasila.io.ReadResult accounting} in which accepted
 * plus rejected equals records read, and one exception type, {@link
 * io.hasila.io.HasilaFormatException}.
 *
 * <p>No I/O library lives here: the formats are in the {@code hasila-io-json} and
 * {@code hasila-io-csv} modules.
 */
@HasilaStyle
package io.hasila.io;

import io.hasila.internal.HasilaStyle;
