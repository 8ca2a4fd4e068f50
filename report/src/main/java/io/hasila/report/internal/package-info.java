/**
 * The report renderers, one per format, the view of a report they share and the charts' geometry;
 * not API.
 */
package io.hasila.report.internal;
