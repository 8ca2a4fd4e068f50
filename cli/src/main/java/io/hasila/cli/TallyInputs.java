package io.hasila.cli;

import io.hasila.io.Aggregated;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Institution;
import io.hasila.model.Vocabularies;
import io.hasila.tally.Comparison;
import io.hasila.tally.DateRange;
import io.hasila.tally.Mapping;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import io.hasila.tally.Violation;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The inputs of a computed tally, shared by {@code tally} and {@code report}. */
final class TallyInputs {
  @Option(names = "--definition", paramLabel = "FILE", description = "The tally definition (JSON); repeat it to name the earlier year's too.")
  List<Path> definitions = new ArrayList<>();

  @Option(names = "--activities", paramLabel = "FILE", description = "The activity log: JSON Lines (.jsonl) or CSV (.csv).")
  Path activities;

  @Option(names = "--snapshots", paramLabel = "FILE", description = "Audience snapshots (followers): JSON Lines or CSV.")
  Path snapshots;

  @Option(names = "--year", paramLabel = "YEAR", description = "The year to tally, such as 2020.")
  Integer year;

  @Option(names = "--zone", paramLabel = "ZONE", description = "The institution's time zone when no published tally names it (default: ${DEFAULT-VALUE}).", defaultValue = "Africa/Casablanca")
  String zone;

  @Option(names = "--published", paramLabel = "FILE", description = "The published tally of the same year (JSON): each computed figure is compared with it.")
  Path published;

  @Option(names = "--compare-with", paramLabel = "FILE", description = "A tally of an earlier year (JSON): the change and growth of every figure.")
  Path compareWith;

  @Option(names = "--mapping", paramLabel = "FILE", description = "The mapping from the earlier year's definition to this one (JSON), when they differ.")
  Path mapping;

  @Option(names = "--vocabularies", paramLabel = "FILE", description = "Codes the files use beyond the well-known ones (JSON).")
  Path vocabularies;

  @Option(names = "--dialect", paramLabel = "DIALECT", description = "How CSV inputs write numbers: excel-fr, excel or rfc4180 (default: assumed from the delimiter).")
  String dialect;

  /** What was computed and what it was held against. */
  static final class Result {
    Tally computed;
    Optional<Tally> published = Optional.empty();
    Optional<Comparison> comparison = Optional.empty();
    List<Violation> violations = new ArrayList<>();
    List<AudienceSnapshot> snapshots = List.of();
    long differences;
    long rejected;
  }

  /** Whether an activity log was given: a tally is to be computed. */
  boolean computes() {
    return activities != null;
  }

  /** Reads, computes, checks and compares, as the options say. */
  Result run(Hasila hasila, CommandSpec spec, Common common) {
    if (definitions.isEmpty() || activities == null || year == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--definition, --activities and --year are required");
    }
    Dialect d = dialect == null ? null : Dialect.parse(dialect);
    if (dialect != null && d == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--dialect must be excel-fr, excel or rfc4180 but was: " + dialect);
    }
    ZoneId zoneId;
    try {
      zoneId = ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--zone must be a time zone such as Africa/Casablanca but was: " + zone);
    }
    Vocabularies codes = Inputs.vocabularies(vocabularies);
    Inputs inputs = new Inputs(hasila, common, codes, Optional.ofNullable(d).map(x -> x.numbers));
    List<TallyDefinition> known = inputs.definitions(definitions);
    TallyDefinition def = known.get(0);
    Vocabularies declared = def.vocabularies(codes);
    Result r = new Result();
    r.published = Optional.ofNullable(published).map(p -> inputs.tally(p, def));
    Optional<Tally> earlier = Optional.ofNullable(compareWith).map(p -> inputs.tally(p, known));
    Institution institution =
        r.published.or(() -> earlier).map(Tally::institution).orElseGet(() -> Institution.of("institution", "—", zoneId));
    r.snapshots = snapshots == null ? List.of() : inputs.readAll(snapshots, inputs.snapshots(snapshots, declared));
    Aggregated<Tally> computed =
        inputs.aggregate(
            activities,
            inputs.activities(activities, declared),
            Tally.aggregator(def, institution, DateRange.ofYear(year), r.snapshots));
    r.computed = computed.result();
    r.rejected = inputs.rejected();
    r.violations.addAll(r.computed.check());
    if (r.published.isPresent()) {
      r.differences =
          Comparison.options().inGivenOrder().compare(r.published.get(), r.computed).changes().stream()
              .filter(c -> c.previous().isPresent() && !c.previous().equals(c.current()))
              .count();
    }
    Optional<Mapping> map = Optional.ofNullable(mapping).map(m -> inputs.mapping(m, known));
    r.comparison = earlier.map(e -> map.isPresent() ? Comparison.of(e, r.computed, map.get()) : Comparison.of(e, r.computed));
    return r;
  }
}
