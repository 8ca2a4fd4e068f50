/**
 * Programs a newcomer runs first; they show the SDK working on the 2020 reference case and are not
 * part of the library.
 */
package io.hasila.examples;
