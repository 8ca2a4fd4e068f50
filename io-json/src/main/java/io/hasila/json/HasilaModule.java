package io.hasila.json;

import io.hasila.io.ReadMode;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Bulletin;
import io.hasila.model.Campaign;
import io.hasila.model.CommunityMeeting;
import io.hasila.model.Dataset;
import io.hasila.model.ImmutableAudienceSnapshot;
import io.hasila.model.ImmutableBulletin;
import io.hasila.model.ImmutableCampaign;
import io.hasila.model.ImmutableCommunityMeeting;
import io.hasila.model.ImmutableDataset;
import io.hasila.model.ImmutableMediaCoverage;
import io.hasila.model.ImmutableMediaProduction;
import io.hasila.model.ImmutableOutreachInitiative;
import io.hasila.model.ImmutablePublicationIssue;
import io.hasila.model.ImmutableTweet;
import io.hasila.model.MediaCoverage;
import io.hasila.model.MediaProduction;
import io.hasila.model.OutreachInitiative;
import io.hasila.model.PublicationIssue;
import io.hasila.model.Theme;
import io.hasila.model.Tweet;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import io.hasila.tally.Category;
import io.hasila.tally.Figure;
import io.hasila.tally.ImmutableCategory;
import io.hasila.tally.ImmutableFigure;
import io.hasila.tally.ImmutableSource;
import io.hasila.tally.ImmutableTally;
import io.hasila.tally.ImmutableTallyDefinition;
import io.hasila.tally.Measure;
import io.hasila.tally.Provenance;
import io.hasila.tally.Selector;
import io.hasila.tally.Source;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module for Hasila's values: register it on your own mapper with {@code
 * JsonMapper.builder().addModule(new HasilaModule()).build()} to read and write activities,
 * audience snapshots, datasets, tally definitions and tallies (and their parts: categories,
 * measures, selectors, figures, provenances, sources) in Hasila's JSON formats. Definitions and
 * tallies are written as their documents, with {@code schemaVersion}; a tally with its definition
 * inline.
 *
 * <p>Its (de)serializers are written by hand, keyed on the {@code type} property: no annotation
 * in the model, no polymorphic default typing, and only Hasila's own type names are accepted.
 * Decoding is strict: a bad value throws {@link HasilaJsonException}, which may reach you wrapped
 * in a Jackson exception when the value sits inside a container Jackson reads for you. For files,
 * lenient reading, input limits and atomic writes use {@link HasilaJson}. Immutable and thread safe.
 */
public final class HasilaModule extends JacksonModule {
  private static final String SOURCE = "JSON input";
  private static final String OUTPUT = "JSON output";

  private final ThemeRegistry themes;

  /** A module that resolves theme ids to the {@link Theme#wellKnown() well-known} themes. */
  public HasilaModule() {
    this(List.of());
  }

  /** A module that resolves theme ids to the well-known themes and {@code themes} (which win on equal ids). */
  public HasilaModule(Collection<Theme> themes) {
    this.themes = ThemeRegistry.of(List.copyOf(Objects.requireNonNull(themes, "themes")));
  }

  @Override
  public String getModuleName() {
    return "hasila";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    ActivitySerializer activities = new ActivitySerializer();
    for (Class<? extends Activity> c : ACTIVITY_CLASSES) {
      serializers.addSerializer(c, activities);
    }
    SnapshotSerializer snapshot = new SnapshotSerializer();
    serializers.addSerializer(AudienceSnapshot.class, snapshot);
    serializers.addSerializer(ImmutableAudienceSnapshot.class, snapshot);
    DatasetSerializer dataset = new DatasetSerializer();
    serializers.addSerializer(Dataset.class, dataset);
    serializers.addSerializer(ImmutableDataset.class, dataset);
    addTallySerializers(serializers);
    context.addSerializers(serializers);

    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Class<? extends Activity> c : ACTIVITY_CLASSES) {
      addActivityDeserializer(deserializers, c);
    }
    SnapshotDeserializer snapshots = new SnapshotDeserializer(themes);
    deserializers.addDeserializer(AudienceSnapshot.class, snapshots);
    deserializers.addDeserializer(ImmutableAudienceSnapshot.class, new Narrowing<>(ImmutableAudienceSnapshot.class, snapshots));
    DatasetDeserializer datasets = new DatasetDeserializer(themes);
    deserializers.addDeserializer(Dataset.class, datasets);
    deserializers.addDeserializer(ImmutableDataset.class, new Narrowing<>(ImmutableDataset.class, datasets));
    addTallyDeserializers(deserializers);
    context.addDeserializers(deserializers);
  }

  // --- tally definitions and tallies ---------------------------------------------------------

  private static final List<Class<? extends Selector>> SELECTOR_CLASSES =
      List.of(
          Selector.All.class,
          Selector.Types.class,
          Selector.BulletinKinds.class,
          Selector.Platforms.class,
          Selector.Accounts.class,
          Selector.OutletKinds.class,
          Selector.ProductionKinds.class,
          Selector.CampaignKinds.class,
          Selector.Themes.class,
          Selector.Units.class,
          Selector.Between.class,
          Selector.And.class,
          Selector.Or.class,
          Selector.Not.class);

  private static final List<Class<? extends Measure>> MEASURE_CLASSES =
      List.of(
          Measure.Count.class,
          Measure.DistinctCounterparts.class,
          Measure.Sum.class,
          Measure.LatestSnapshot.class,
          Measure.SumOfChildren.class,
          Measure.None.class);

  private static final List<Class<? extends Provenance>> PROVENANCE_CLASSES =
      List.of(Provenance.Computed.class, Provenance.Published.class, Provenance.Derived.class);

  private static void addTallySerializers(SimpleSerializers s) {
    ValueSerializer<TallyDefinition> definitions =
        serializer(
            (g, d) -> {
              TallyWriter.requireWritable(d, OUTPUT, "$");
              TallyWriter.writeDefinitionDocument(g, d);
            });
    s.addSerializer(TallyDefinition.class, definitions);
    s.addSerializer(ImmutableTallyDefinition.class, definitions);
    ValueSerializer<Category> categories =
        serializer(
            (g, c) -> {
              TallyWriter.requireWritable(c, OUTPUT, "$");
              TallyWriter.write(g, c);
            });
    s.addSerializer(Category.class, categories);
    s.addSerializer(ImmutableCategory.class, categories);
    ValueSerializer<Measure> measures =
        serializer(
            (g, m) -> {
              if (m instanceof Measure.Count) {
                TallyWriter.requireWritable(((Measure.Count) m).selector(), OUTPUT, "$.selector", null);
              } else if (m instanceof Measure.DistinctCounterparts) {
                TallyWriter.requireWritable(((Measure.DistinctCounterparts) m).selector(), OUTPUT, "$.selector", null);
              } else if (m instanceof Measure.Sum) {
                TallyWriter.requireWritable(((Measure.Sum) m).selector(), OUTPUT, "$.selector", null);
              }
              TallyWriter.write(g, m);
            });
    s.addSerializer(Measure.class, measures);
    MEASURE_CLASSES.forEach(c -> s.addSerializer(c, measures));
    ValueSerializer<Selector> selectors =
        serializer(
            (g, sel) -> {
              TallyWriter.requireWritable(sel, OUTPUT, "$", null);
              TallyWriter.write(g, sel);
            });
    s.addSerializer(Selector.class, selectors);
    SELECTOR_CLASSES.forEach(c -> s.addSerializer(c, selectors));
    s.addSerializer(Selector.Custom.class, selectors);
    ValueSerializer<Tally> tallies =
        serializer(
            (g, t) -> {
              TallyWriter.requireWritable(t.definition(), OUTPUT, "$.definition");
              TallyWriter.writeTallyDocument(g, t, true);
            });
    s.addSerializer(Tally.class, tallies);
    s.addSerializer(ImmutableTally.class, tallies);
    ValueSerializer<Figure> figures = serializer(TallyWriter::write);
    s.addSerializer(Figure.class, figures);
    s.addSerializer(ImmutableFigure.class, figures);
    ValueSerializer<Provenance> provenances = serializer(TallyWriter::write);
    s.addSerializer(Provenance.class, provenances);
    PROVENANCE_CLASSES.forEach(c -> s.addSerializer(c, provenances));
    ValueSerializer<Source> sources = serializer(TallyWriter::write);
    s.addSerializer(Source.class, sources);
    s.addSerializer(ImmutableSource.class, sources);
  }

  private void addTallyDeserializers(SimpleDeserializers d) {
    TallyDeserializer<TallyDefinition> definitions = new TallyDeserializer<>(themes, r -> r.definition(true));
    d.addDeserializer(TallyDefinition.class, definitions);
    d.addDeserializer(ImmutableTallyDefinition.class, new Narrowing<>(ImmutableTallyDefinition.class, definitions));
    TallyDeserializer<Category> categories = new TallyDeserializer<>(themes, TallyReader::category);
    d.addDeserializer(Category.class, categories);
    d.addDeserializer(ImmutableCategory.class, new Narrowing<>(ImmutableCategory.class, categories));
    TallyDeserializer<Measure> measures = new TallyDeserializer<>(themes, TallyReader::measure);
    d.addDeserializer(Measure.class, measures);
    MEASURE_CLASSES.forEach(c -> narrow(d, c, measures));
    TallyDeserializer<Selector> selectors = new TallyDeserializer<>(themes, TallyReader::selector);
    d.addDeserializer(Selector.class, selectors);
    SELECTOR_CLASSES.forEach(c -> narrow(d, c, selectors));
    TallyDeserializer<Tally> tallies = new TallyDeserializer<>(themes, r -> r.tally(true, null));
    d.addDeserializer(Tally.class, tallies);
    d.addDeserializer(ImmutableTally.class, new Narrowing<>(ImmutableTally.class, tallies));
    TallyDeserializer<Figure> figures = new TallyDeserializer<>(themes, TallyReader::figure);
    d.addDeserializer(Figure.class, figures);
    d.addDeserializer(ImmutableFigure.class, new Narrowing<>(ImmutableFigure.class, figures));
    TallyDeserializer<Provenance> provenances = new TallyDeserializer<>(themes, TallyReader::provenance);
    d.addDeserializer(Provenance.class, provenances);
    PROVENANCE_CLASSES.forEach(c -> narrow(d, c, provenances));
    TallyDeserializer<Source> sources = new TallyDeserializer<>(themes, TallyReader::source);
    d.addDeserializer(Source.class, sources);
    d.addDeserializer(ImmutableSource.class, new Narrowing<>(ImmutableSource.class, sources));
  }

  private static <T> void narrow(SimpleDeserializers d, Class<T> type, ValueDeserializer<? super T> delegate) {
    d.addDeserializer(type, new Narrowing<>(type, delegate));
  }

  private static <T> ValueSerializer<T> serializer(BiConsumer<JsonGenerator, T> write) {
    return new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
        write.accept(g, value);
      }
    };
  }

  /** Reads one tally value strictly with a fresh {@link TallyReader}, reporting faults as {@link HasilaJsonException}. */
  private static final class TallyDeserializer<T> extends ValueDeserializer<T> {
    private final ThemeRegistry themes;
    private final Function<TallyReader, T> read;

    TallyDeserializer(ThemeRegistry themes, Function<TallyReader, T> read) {
      this.themes = themes;
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        try {
          return read.apply(new TallyReader(p, themes));
        } catch (JacksonException e) {
          throw Faults.locate(e, p);
        }
      } catch (RuntimeException e) {
        throw Faults.of(e, SOURCE, 0, null, 1);
      }
    }
  }

  private static final List<Class<? extends Activity>> ACTIVITY_CLASSES =
      List.of(
          Activity.class,
          MediaCoverage.class,
          ImmutableMediaCoverage.class,
          Tweet.class,
          ImmutableTweet.class,
          Bulletin.class,
          ImmutableBulletin.class,
          CommunityMeeting.class,
          ImmutableCommunityMeeting.class,
          MediaProduction.class,
          ImmutableMediaProduction.class,
          PublicationIssue.class,
          ImmutablePublicationIssue.class,
          OutreachInitiative.class,
          ImmutableOutreachInitiative.class,
          Campaign.class,
          ImmutableCampaign.class);

  private <T extends Activity> void addActivityDeserializer(SimpleDeserializers d, Class<T> type) {
    d.addDeserializer(type, new Narrowing<>(type, new ActivityDeserializer(themes)));
  }

  private static final class ActivitySerializer extends ValueSerializer<Activity> {
    @Override
    public void serialize(Activity value, JsonGenerator g, SerializationContext ctxt) {
      RecordWriter.write(g, value);
    }
  }

  private static final class SnapshotSerializer extends ValueSerializer<AudienceSnapshot> {
    @Override
    public void serialize(AudienceSnapshot value, JsonGenerator g, SerializationContext ctxt) {
      RecordWriter.write(g, value);
    }
  }

  private static final class DatasetSerializer extends ValueSerializer<Dataset> {
    @Override
    public void serialize(Dataset value, JsonGenerator g, SerializationContext ctxt) {
      DatasetCodec.write(g, value);
    }
  }

  private static final class ActivityDeserializer extends ValueDeserializer<Activity> {
    private final ThemeRegistry themes;

    ActivityDeserializer(ThemeRegistry themes) {
      this.themes = themes;
    }

    @Override
    public Activity deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        return new RecordReader(themes).readActivity(p);
      } catch (RuntimeException e) {
        throw Faults.of(e, SOURCE, 1, null, 1);
      }
    }
  }

  private static final class SnapshotDeserializer extends ValueDeserializer<AudienceSnapshot> {
    private final ThemeRegistry themes;

    SnapshotDeserializer(ThemeRegistry themes) {
      this.themes = themes;
    }

    @Override
    public AudienceSnapshot deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        return new RecordReader(themes).readSnapshot(p);
      } catch (RuntimeException e) {
        throw Faults.of(e, SOURCE, 1, null, 1);
      }
    }
  }

  private static final class DatasetDeserializer extends ValueDeserializer<Dataset> {
    private final ThemeRegistry themes;

    DatasetDeserializer(ThemeRegistry themes) {
      this.themes = themes;
    }

    @Override
    public Dataset deserialize(JsonParser p, DeserializationContext ctxt) {
      return DatasetCodec.read(p, null, SOURCE, ReadMode.STRICT, themes).dataset();
    }
  }

  /** Checks that the decoded value is of the requested class, e.g. a tweet when a {@code Tweet} was asked for. */
  private static final class Narrowing<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final ValueDeserializer<? super T> delegate;

    Narrowing(Class<T> type, ValueDeserializer<? super T> delegate) {
      this.type = type;
      this.delegate = delegate;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      Object value = delegate.deserialize(p, ctxt);
      if (!type.isInstance(value)) {
        throw new HasilaJsonException(
            SOURCE,
            p.currentLocation().getLineNr(),
            p.currentLocation().getColumnNr(),
            1,
            JsonPaths.of(p) + ".type",
            "a record of type " + type.getSimpleName().replaceFirst("^Immutable", ""),
            "a " + value.getClass().getSimpleName().replaceFirst("^Immutable", ""),
            null);
      }
      return type.cast(value);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
