package io.hasila.json;

import io.hasila.io.ReadMode;
import io.hasila.model.Activity;
import io.hasila.model.ActivityType;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Dataset;
import io.hasila.model.Vocabularies;
import io.hasila.tally.Category;
import io.hasila.tally.Figure;
import io.hasila.tally.Mapping;
import io.hasila.tally.Measure;
import io.hasila.tally.Provenance;
import io.hasila.tally.Rule;
import io.hasila.tally.Selector;
import io.hasila.tally.Source;
import io.hasila.tally.Tally;
import io.hasila.tally.TallyDefinition;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
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
 * JsonMapper.builder().addModule(new HasilaModule()).build()} (or let {@code findAndAddModules()}
 * find it) to read and write activities, audience snapshots, datasets, vocabularies, tally
 * definitions and tallies (and their parts: categories, rules, measures, selectors, figures,
 * provenances, sources) and mappings between definitions in Hasila's JSON formats. Definitions,
 * tallies and mappings are written as their documents, with {@code schemaVersion}; a tally with its
 * definition inline; a figure, provenance or source alone with its source inline.
 *
 * <p>Its (de)serializers come from the descriptions: one per {@link ActivityType} (registered for
 * the type's Java type, which also covers its hidden implementation), keyed on the {@code type}
 * property; no annotation in the model, no polymorphic default typing, and only Hasila's own type
 * names are accepted. Codes resolve against the module's {@link Vocabularies}. Decoding is strict: a
 * bad value throws {@link HasilaJsonException}, which may reach you wrapped in a Jackson exception
 * when the value sits inside a container Jackson reads for you. For files, lenient reading, input
 * limits and atomic writes use {@link HasilaJson}. Immutable and thread safe.
 */
public final class HasilaModule extends JacksonModule {
  private static final String SOURCE = "JSON input";
  private static final String OUTPUT = "JSON output";

  private final Vocabularies vocabularies;

  /** A module that reads the {@link Vocabularies#standard() well-known} codes. */
  public HasilaModule() {
    this(Vocabularies.standard());
  }

  /** A module that reads the codes of {@code vocabularies}: the well-known ones and those declared there. */
  public HasilaModule(Vocabularies vocabularies) {
    this.vocabularies = Objects.requireNonNull(vocabularies, "vocabularies");
  }

  /** The vocabularies codes resolve against. */
  public Vocabularies vocabularies() {
    return vocabularies;
  }

  /** {@code hasila}. */
  @Override
  public String getModuleName() {
    return "hasila";
  }

  /** Not versioned separately from Hasila. */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /** Registers the (de)serializers of every described record type and of the tally values. */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    // Jackson finds a serializer registered for an abstract class by walking up from the runtime
    // class, so the types' Java types cover their hidden Immutable* implementations.
    ValueSerializer<Activity> activities =
        serializer((g, a) -> new RecordEncoder().write(g, RecordLayout.of(a.type()), a));
    serializers.addSerializer(Activity.class, activities);
    for (ActivityType<?> t : ActivityType.all()) {
      addSerializer(serializers, t.javaType(), activities);
    }
    serializers.addSerializer(
        AudienceSnapshot.class, serializer((g, s) -> new RecordEncoder().write(g, RecordLayout.of(AudienceSnapshot.TYPE), s)));
    serializers.addSerializer(Dataset.class, serializer(DatasetCodec::write));
    serializers.addSerializer(Vocabularies.class, serializer(VocabularyCodec::writeDocument));
    addTallySerializers(serializers);
    context.addSerializers(serializers);

    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(Activity.class, new RecordDeserializer<>(Activity.class, RecordLayout.ACTIVITIES, vocabularies));
    for (ActivityType<?> t : ActivityType.all()) {
      addRecordDeserializer(deserializers, t.javaType());
    }
    deserializers.addDeserializer(
        AudienceSnapshot.class, new RecordDeserializer<>(AudienceSnapshot.class, RecordLayout.SNAPSHOTS, vocabularies));
    deserializers.addDeserializer(Dataset.class, new DatasetDeserializer(vocabularies));
    deserializers.addDeserializer(Vocabularies.class, new VocabulariesDeserializer());
    addTallyDeserializers(deserializers);
    context.addDeserializers(deserializers);
  }

  @SuppressWarnings("unchecked")
  private static <T> void addSerializer(SimpleSerializers s, Class<T> type, ValueSerializer<? super T> serializer) {
    s.addSerializer(type, (ValueSerializer<T>) serializer);
  }

  private <A extends Activity> void addRecordDeserializer(SimpleDeserializers d, Class<A> type) {
    d.addDeserializer(type, new RecordDeserializer<>(type, RecordLayout.ACTIVITIES, vocabularies));
  }

  // --- tally definitions and tallies ---------------------------------------------------------

  private static final List<Class<? extends Selector>> SELECTOR_CLASSES =
      List.of(
          Selector.All.class,
          Selector.Types.class,
          Selector.Where.class,
          Selector.Between.class,
          Selector.And.class,
          Selector.Or.class,
          Selector.Not.class);

  private static final List<Class<? extends Measure>> MEASURE_CLASSES =
      List.of(
          Measure.Count.class,
          Measure.Distinct.class,
          Measure.Sum.class,
          Measure.LatestSnapshot.class,
          Measure.SnapshotAt.class,
          Measure.SumOfChildren.class,
          Measure.PublishedOnly.class,
          Measure.Programme.class,
          Measure.None.class);

  private static final List<Class<? extends Provenance>> PROVENANCE_CLASSES =
      List.of(Provenance.Computed.class, Provenance.Published.class, Provenance.Derived.class);

  private static void addTallySerializers(SimpleSerializers s) {
    s.addSerializer(
        TallyDefinition.class,
        serializer(
            (g, d) -> {
              TallyWriter.requireWritable(d, OUTPUT, "$");
              TallyWriter.writeDefinitionDocument(g, d);
            }));
    s.addSerializer(
        Category.class,
        serializer(
            (g, c) -> {
              TallyWriter.requireWritable(c, OUTPUT, "$");
              TallyWriter.write(g, c);
            }));
    ValueSerializer<Measure> measures =
        serializer(
            (g, m) -> {
              Selector selector = TallyWriter.selectorOf(m);
              if (selector != null) {
                TallyWriter.requireWritable(selector, OUTPUT, "$.selector", null);
              }
              TallyWriter.write(g, m);
            });
    s.addSerializer(Measure.class, measures);
    MEASURE_CLASSES.forEach(c -> addSerializer(s, c, measures));
    ValueSerializer<Selector> selectors =
        serializer(
            (g, sel) -> {
              TallyWriter.requireWritable(sel, OUTPUT, "$", null);
              TallyWriter.write(g, sel);
            });
    s.addSerializer(Selector.class, selectors);
    SELECTOR_CLASSES.forEach(c -> addSerializer(s, c, selectors));
    s.addSerializer(Selector.Custom.class, selectors);
    s.addSerializer(
        Tally.class,
        serializer(
            (g, t) -> {
              TallyWriter.requireWritable(t.definition(), OUTPUT, "$.definition");
              TallyWriter.writeTallyDocument(g, t, true);
            }));
    s.addSerializer(Figure.class, serializer(TallyWriter::write));
    ValueSerializer<Provenance> provenances = serializer(TallyWriter::write);
    s.addSerializer(Provenance.class, provenances);
    PROVENANCE_CLASSES.forEach(c -> addSerializer(s, c, provenances));
    s.addSerializer(Source.class, serializer(TallyWriter::write));
    s.addSerializer(Rule.class, serializer(TallyWriter::write));
    s.addSerializer(Mapping.class, serializer(MappingCodec::write));
  }

  private void addTallyDeserializers(SimpleDeserializers d) {
    d.addDeserializer(TallyDefinition.class, new TallyDeserializer<>(TallyDefinition.class, vocabularies, 0, r -> r.definition(true)));
    d.addDeserializer(Category.class, new TallyDeserializer<>(Category.class, vocabularies, TallyReader.VERSION, TallyReader::category));
    TallyDeserializer<Measure> measures = new TallyDeserializer<>(Measure.class, vocabularies, TallyReader.VERSION, TallyReader::measure);
    d.addDeserializer(Measure.class, measures);
    MEASURE_CLASSES.forEach(c -> narrow(d, c, measures));
    TallyDeserializer<Selector> selectors = new TallyDeserializer<>(Selector.class, vocabularies, TallyReader.VERSION, TallyReader::selector);
    d.addDeserializer(Selector.class, selectors);
    SELECTOR_CLASSES.forEach(c -> narrow(d, c, selectors));
    d.addDeserializer(Tally.class, new TallyDeserializer<>(Tally.class, vocabularies, 0, r -> r.tally(true, null)));
    d.addDeserializer(Figure.class, new TallyDeserializer<>(Figure.class, vocabularies, TallyReader.VERSION, TallyReader::figure));
    TallyDeserializer<Provenance> provenances =
        new TallyDeserializer<>(Provenance.class, vocabularies, TallyReader.VERSION, TallyReader::provenance);
    d.addDeserializer(Provenance.class, provenances);
    PROVENANCE_CLASSES.forEach(c -> narrow(d, c, provenances));
    d.addDeserializer(Source.class, new TallyDeserializer<>(Source.class, vocabularies, TallyReader.VERSION, TallyReader::source));
    d.addDeserializer(Rule.class, new TallyDeserializer<>(Rule.class, vocabularies, TallyReader.VERSION, TallyReader::ruleAlone));
    d.addDeserializer(Mapping.class, new MappingDeserializer());
  }

  /** Reads a mapping document strictly, its ids unchecked (no definitions are known here). */
  private static final class MappingDeserializer extends ValueDeserializer<Mapping> {
    @Override
    public Mapping deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        try {
          return MappingCodec.read(p, DefinitionRegistry.EMPTY, false);
        } catch (JacksonException e) {
          throw Faults.locate(e, p);
        }
      } catch (RuntimeException e) {
        throw Faults.of(e, SOURCE, 0, null, 1);
      }
    }

    @Override
    public Class<?> handledType() {
      return Mapping.class;
    }
  }

  private static <T, S extends T> void narrow(SimpleDeserializers d, Class<S> type, TallyDeserializer<T> delegate) {
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
    private final Class<T> type;
    private final Vocabularies vocabularies;
    private final int version;
    private final Function<TallyReader, T> read;

    TallyDeserializer(Class<T> type, Vocabularies vocabularies, int version, Function<TallyReader, T> read) {
      this.type = type;
      this.vocabularies = vocabularies;
      this.version = version;
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        try {
          return read.apply(new TallyReader(p, vocabularies, version));
        } catch (JacksonException e) {
          throw Faults.locate(e, p);
        }
      } catch (RuntimeException e) {
        throw Faults.of(e, SOURCE, 0, null, 1);
      }
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /** Reads one activity or snapshot strictly; fails with the type's name when the record is of another type. */
  private static final class RecordDeserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final RecordLayout.TopLevel top;
    private final Vocabularies vocabularies;

    RecordDeserializer(Class<T> type, RecordLayout.TopLevel top, Vocabularies vocabularies) {
      this.type = type;
      this.top = top;
      this.vocabularies = vocabularies;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      Object value;
      try {
        value = new RecordDecoder(vocabularies, top).read(p);
      } catch (RuntimeException e) {
        throw Faults.of(e, SOURCE, 1, null, 1);
      }
      if (!type.isInstance(value)) {
        throw wrongType(p, type, value);
      }
      return type.cast(value);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  private static final class DatasetDeserializer extends ValueDeserializer<Dataset> {
    private final Vocabularies vocabularies;

    DatasetDeserializer(Vocabularies vocabularies) {
      this.vocabularies = vocabularies;
    }

    @Override
    public Dataset deserialize(JsonParser p, DeserializationContext ctxt) {
      return DatasetCodec.read(p, null, null, SOURCE, ReadMode.STRICT, vocabularies).dataset();
    }
  }

  private static final class VocabulariesDeserializer extends ValueDeserializer<Vocabularies> {
    @Override
    public Vocabularies deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        try {
          return Vocabularies.standard().with(VocabularyCodec.readDocument(p, false));
        } catch (JacksonException e) {
          throw Faults.locate(e, p);
        }
      } catch (RuntimeException e) {
        throw Faults.of(e, SOURCE, 0, null, 1);
      }
    }
  }

  /** Checks that the decoded value is of the requested class, e.g. a count when a {@code Measure.Count} was asked for. */
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
        throw wrongType(p, type, value);
      }
      return type.cast(value);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  private static HasilaJsonException wrongType(JsonParser p, Class<?> type, Object value) {
    return new HasilaJsonException(
        SOURCE,
        p.currentLocation().getLineNr(),
        p.currentLocation().getColumnNr(),
        1,
        JsonPaths.of(p),
        "a value of type " + type.getSimpleName(),
        "a " + value.getClass().getSimpleName().replaceFirst("^Immutable", ""),
        null);
  }
}
