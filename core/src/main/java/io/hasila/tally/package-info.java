/**
 * Tallies: tally definitions as data, tallies with provenance, the consistency check and the
 * comparison of two tallies.
 *
 * <p>A {@link io.hasila.tally.TallyDefinition} is a tree of {@link io.hasila.tally.Category
 * categories}, each measured by a {@link io.hasila.tally.Measure} over a declarative {@link
 * io.hasila.tally.Selector}; both are plain values so that a definition can be written to a file
 * and read back. A {@link io.hasila.tally.Tally} gives every category of a definition a {@link
 * io.hasila.tally.Figure} for one institution and period, computed from activities or copied from
 * a published report, always with its {@link io.hasila.tally.Provenance}. Selectors and measures
 * name activity values by {@link io.hasila.model.PropertyPath property paths} over the model's
 * descriptions, so they reach any field of any activity type without a class per field. Sum types
 * (selectors, conditions, measures, provenance) are records nested in sealed interfaces; the other
 * values are immutable classes with builders.
 */
@HasilaStyle
package io.hasila.tally;

import io.hasila.internal.HasilaStyle;
