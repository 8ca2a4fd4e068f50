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
 * audience snapshots and datasets in Hasila's JSON format.
 *
 * <p>Its (de)serializers are written by hand, keyed on the {@code type} property: no annotation
 * in the model, no polymorphic default typing, and only Hasila's own type names are accepted.
 * Decoding is strict: a bad value throws {@link HasilaJsonException}, which may reach you wrapped
 * in a Jackson exception when the value sits inside a container Jackson reads for you. For files,
 * lenient reading, input limits and atomic writes use {@link HasilaJson}. Immutable and thread safe.
 */
public final class HasilaModule extends JacksonModule {
  private static final String SOURCE = "JSON input";

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
    context.addDeserializers(deserializers);
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
