/** The press reader's internals: text normalisation, the number scanner and the matcher. Not API. */
package io.hasila.press.internal;
