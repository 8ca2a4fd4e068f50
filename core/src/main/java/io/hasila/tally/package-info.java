/**
 * Tallies: tally definitions as data, tallies with provenance, the checks of their rules and the
 * comparison of two tallies, possibly under different definitions.
 *
 * <p>A {@link io.hasila.tally.TallyDefinition} is a tree of {@link io.hasila.tally.Category
 * categories}, each measured by a {@link io.hasila.tally.Measure} over a declarative {@link
 * io.hasila.tally.Selector}, with the {@link io.hasila.tally.Rule rules} its figures must pass; all
 * are plain values so that a definition can be written to a file and read back. A {@link
 * io.hasila.tally.Tally} gives every category of a definition a {@link io.hasila.tally.Figure} for
 * one institution and period, computed from activities or copied from a published report, always
 * with its {@link io.hasila.tally.Provenance}; its {@link io.hasila.tally.Tally#check() check}
 * reports each broken rule as a {@link io.hasila.tally.Violation} that reads in Arabic, French and
 * English. A {@link io.hasila.tally.Comparison} compares two tallies line by line, through a
 * {@link io.hasila.tally.Mapping} when the institution changed its taxonomy, and states the {@link
 * io.hasila.tally.Change outcome} of every row. Selectors and measures name activity values by
 * {@link io.hasila.model.PropertyPath property paths} over the model's descriptions, so they reach
 * any field of any activity type without a class per field. Sum types (selectors, conditions,
 * measures, provenance) are records nested in sealed interfaces; the other values are immutable
 * classes with builders.
 */
@HasilaStyle
package io.hasila.tally;

import io.hasila.internal.HasilaStyle;
