/**
 * Open-data exports: {@link io.hasila.opendata.ActivityStreams} (Activity Streams 2.0 JSON-LD of
 * an activity log), {@link io.hasila.opendata.ClaimReviews} (schema.org {@code ClaimReview} of
 * rebuttals) and {@link io.hasila.opendata.DataPackages} (Frictionless Data Packages of CSV
 * exports), all derived from the core's record descriptions.
 */
package io.hasila.opendata;
