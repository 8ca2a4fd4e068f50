package io.hasila.csv;

import io.hasila.model.Labels;
import io.hasila.model.Property;
import io.hasila.model.RecordType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * One column of a Hasila CSV file as the record descriptions make it: its name, labels, the record
 * types whose rows may fill it, the properties it holds, what a cell holds, and when a value is
 * required.
 *
 * <p>Listed, in writing order, by {@link HasilaCsv#activityColumns()} and {@link
 * HasilaCsv#snapshotColumns()}; {@link #markdownTable} renders them as the table of the module
 * README. Immutable and thread safe.
 */
public final class CsvColumn {
  private final String name;
  private final Labels labels;
  private final List<RecordType<?>> types;
  private final List<Property<?, ?>> properties;
  private final String syntax;
  private final boolean inHeader;
  private final List<RecordType<?>> requiredFor;
  private final Optional<String> requiredWhen;

  CsvColumn(
      String name,
      Labels labels,
      List<RecordType<?>> types,
      List<Property<?, ?>> properties,
      String syntax,
      boolean inHeader,
      List<RecordType<?>> requiredFor,
      Optional<String> requiredWhen) {
    this.name = name;
    this.labels = labels;
    this.types = List.copyOf(types);
    this.properties = List.copyOf(properties);
    this.syntax = syntax;
    this.inHeader = inHeader;
    this.requiredFor = List.copyOf(requiredFor);
    this.requiredWhen = requiredWhen;
  }

  /** The column name in the header, e.g. {@code unit_id}. */
  public String name() {
    return name;
  }

  /** The labels of what the column holds, in Arabic, French and English. */
  public Labels labels() {
    return labels;
  }

  /** The record types whose rows may fill the column; rows of other types leave it blank. */
  public List<RecordType<?>> types() {
    return types;
  }

  /**
   * The described properties whose values the column holds, each once, in the order the types
   * bind them: one property, or several when types share the column by name ({@code kind}); for a
   * flattened nested record's column ({@code claim_text}) the nested property; for a column of
   * several nested records ({@code counterparts}) that many-valued property. Empty for the {@code
   * type} column, which holds the record types' codes.
   */
  public List<Property<?, ?>> properties() {
    return properties;
  }

  /** What a cell holds, in words, with Markdown code spans, e.g. {@code "ISO date `yyyy-MM-dd`"}. */
  public String syntax() {
    return syntax;
  }

  /** Whether every file's header must name the column; the others may be left out and read as blank. */
  public boolean inHeader() {
    return inHeader;
  }

  /** The record types whose rows must fill the column. */
  public List<RecordType<?>> requiredFor() {
    return requiredFor;
  }

  /** When a value is required only with other values, that condition in words, e.g. for the columns of an optional nested record. */
  public Optional<String> requiredWhen() {
    return requiredWhen;
  }

  /**
   * The columns as a Markdown table: column, applies to, value, required, and the labels in
   * English, French and Arabic; "all" stands for every record type the columns apply to.
   */
  public static String markdownTable(List<CsvColumn> columns) {
    Objects.requireNonNull(columns, "columns");
    Set<RecordType<?>> all = new LinkedHashSet<>();
    columns.forEach(c -> all.addAll(c.types));
    StringBuilder sb = new StringBuilder();
    sb.append("| column | applies to | value | required | en | fr | ar |\n");
    sb.append("|---|---|---|---|---|---|---|\n");
    for (CsvColumn c : columns) {
      String required;
      if (c.inHeader) {
        required = "always";
      } else if (!c.requiredFor.isEmpty()) {
        required = c.requiredFor.size() == all.size() ? "in every row" : "in " + codes(c.requiredFor) + " rows";
      } else {
        required = c.requiredWhen.orElse("");
      }
      StringJoiner row = new StringJoiner(" | ", "| ", " |\n");
      row.add("`" + c.name + "`");
      row.add(c.types.containsAll(all) ? "all" : codes(c.types));
      row.add(cell(c.syntax));
      row.add(cell(required));
      row.add(cell(c.labels.en()));
      row.add(cell(c.labels.fr()));
      row.add(cell(c.labels.ar()));
      sb.append(row);
    }
    return sb.toString();
  }

  private static String codes(List<RecordType<?>> types) {
    StringJoiner j = new StringJoiner(", ");
    types.forEach(t -> j.add(t.code()));
    return j.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  /** The name. */
  @Override
  public String toString() {
    return name;
  }
}
