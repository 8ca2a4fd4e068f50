package io.hasila.beam;

import io.hasila.json.HasilaJson;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Institution;
import io.hasila.model.Vocabularies;
import io.hasila.tally.DateRange;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.channels.Channels;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;

/**
 * Computes the tally of a definition for an institution and a period: a {@code
 * PTransform<PCollection<Activity>, PCollection<Tally>>} whose one output element equals what
 * {@link Tally#compute} gives on one machine, figure for figure.
 *
 * <p>The activities are combined with {@link Tally#aggregator}'s mergeable accumulator (encoded by
 * its codec), the audience snapshots join at the end as a side input. Write the result with {@link
 * #writeJson(String)}: the same document {@link HasilaJson#writeTally} writes, to read back and
 * {@link Tally#check() check} or compare as usual. The definition travels as its JSON document, so a
 * definition with a custom selector is refused.
 */
public final class HasilaTally extends PTransform<PCollection<Activity>, PCollection<Tally>> {
  private static final long serialVersionUID = 1L;

  private final Spec spec;
  private final transient PCollection<AudienceSnapshot> snapshots;

  private HasilaTally(Spec spec, PCollection<AudienceSnapshot> snapshots) {
    this.spec = spec;
    this.snapshots = snapshots;
  }

  /**
   * The tally of {@code definition} for {@code institution} (whose zone places each activity on its
   * day) over {@code period}, with codes resolved against the well-known vocabularies.
   *
   * @throws io.hasila.json.HasilaJsonException if the definition cannot be written (a custom selector)
   */
  public static HasilaTally of(TallyDefinition definition, Institution institution, DateRange period) {
    return new HasilaTally(new Spec(definition, institution, period, Vocabularies.standard()), null);
  }

  /**
   * The tally of {@code definition} for {@code institution} over the calendar year {@code year}.
   *
   * @throws io.hasila.json.HasilaJsonException if the definition cannot be written (a custom selector)
   */
  public static HasilaTally of(TallyDefinition definition, Institution institution, int year) {
    return of(definition, institution, DateRange.ofYear(year));
  }

  /** The same tally with the codes of {@code vocabularies}: the well-known ones and those declared there. */
  public HasilaTally withVocabularies(Vocabularies vocabularies) {
    return new HasilaTally(
        new Spec(spec.definition(), spec.institution(), spec.period(), Objects.requireNonNull(vocabularies, "vocabularies")),
        snapshots);
  }

  /** The same tally with the audience snapshots its snapshot measures read; none unless set. */
  public HasilaTally withSnapshots(PCollection<AudienceSnapshot> snapshots) {
    return new HasilaTally(spec, Objects.requireNonNull(snapshots, "snapshots"));
  }

  @Override
  public PCollection<Tally> expand(PCollection<Activity> activities) {
    PCollection<AudienceSnapshot> known =
        snapshots != null
            ? snapshots
            : activities.getPipeline().apply("NoSnapshots", Create.empty(HasilaCoders.snapshots(spec.vocabularies.get())));
    PCollectionView<List<AudienceSnapshot>> view = known.apply("SnapshotsView", View.asList());
    Spec s = spec;
    HasilaCombine.AggregatorRecipe<Activity, Tally> recipe = () -> Tally.aggregator(s.definition(), s.institution(), s.period(), List.of());
    return activities
        .apply("Accumulate", Combine.globally(HasilaCombine.accumulating(recipe)))
        .apply("Finish", ParDo.of(new FinishFn(spec, recipe, view)).withSideInputs(view))
        .setCoder(HasilaCoders.tallies(spec.vocabularies.get()));
  }

  /**
   * Writes each tally (one, from this transform) to {@code path} on any Beam file system, as the
   * self-contained JSON document of {@link HasilaJson#writeTally(OutputStream, Tally)}.
   */
  public static PTransform<PCollection<Tally>, PDone> writeJson(String path) {
    Objects.requireNonNull(path, "path");
    return new PTransform<>() {
      private static final long serialVersionUID = 1L;

      @Override
      public PDone expand(PCollection<Tally> tallies) {
        tallies.apply("WriteJson", ParDo.of(new WriteFn(path)));
        return PDone.in(tallies.getPipeline());
      }
    };
  }

  /** The tally's result from the accumulated activities and the snapshots. */
  private static final class FinishFn extends DoFn<byte[], Tally> {
    private static final long serialVersionUID = 1L;
    private final Spec spec;
    private final HasilaCombine.AggregatorRecipe<Activity, Tally> recipe;
    private final PCollectionView<List<AudienceSnapshot>> snapshots;

    FinishFn(Spec spec, HasilaCombine.AggregatorRecipe<Activity, Tally> recipe, PCollectionView<List<AudienceSnapshot>> snapshots) {
      this.spec = spec;
      this.recipe = recipe;
      this.snapshots = snapshots;
    }

    @ProcessElement
    public void process(@Element byte[] accumulator, OutputReceiver<Tally> out, ProcessContext context) {
      List<AudienceSnapshot> known = context.sideInput(snapshots);
      out.output(
          result(Tally.aggregator(spec.definition(), spec.institution(), spec.period(), known), HasilaCombine.accumulator(recipe, accumulator)));
    }

    @SuppressWarnings("unchecked")
    private static <A> Tally result(io.hasila.aggregate.Aggregator<Activity, A, Tally> aggregator, Object accumulator) {
      return aggregator.result((A) accumulator);
    }
  }

  /** Writes a tally's JSON document. */
  private static final class WriteFn extends DoFn<Tally, Void> {
    private static final long serialVersionUID = 1L;
    private final String path;

    WriteFn(String path) {
      this.path = path;
    }

    @ProcessElement
    public void process(@Element Tally tally) throws IOException {
      try (OutputStream out = Channels.newOutputStream(FileSystems.create(FileSystems.matchNewResource(path, false), "application/json"))) {
        HasilaJson.create().writeTally(out, tally);
      }
    }
  }

  /** The definition, institution, period and vocabularies, as text that travels. */
  private static final class Spec implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String definitionJson;
    private final String institutionId;
    private final String institutionName;
    private final String zone;
    private final String from;
    private final String to;
    private final VocabulariesText vocabularies;
    private transient TallyDefinition definition;

    Spec(TallyDefinition definition, Institution institution, DateRange period, Vocabularies vocabularies) {
      this.vocabularies = new VocabulariesText(vocabularies);
      this.definitionJson = HasilaJson.create().withVocabularies(vocabularies).toJson(Objects.requireNonNull(definition, "definition"));
      this.institutionId = institution.id();
      this.institutionName = institution.name();
      this.zone = institution.zone().getId();
      this.from = period.from().toString();
      this.to = period.to().toString();
      this.definition = definition;
    }

    TallyDefinition definition() {
      TallyDefinition d = definition;
      if (d == null) {
        d = HasilaJson.create().withVocabularies(vocabularies.get()).tallyDefinitionFromJson(definitionJson);
        definition = d;
      }
      return d;
    }

    Institution institution() {
      return Institution.of(institutionId, institutionName, ZoneId.of(zone));
    }

    DateRange period() {
      return DateRange.of(LocalDate.parse(from), LocalDate.parse(to));
    }
  }
}
