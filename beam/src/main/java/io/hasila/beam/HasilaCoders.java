package io.hasila.beam;

import io.hasila.aggregate.AccumulatorCodec;
import io.hasila.aggregate.AccumulatorCodecs;
import io.hasila.io.Rejection;
import io.hasila.json.HasilaJson;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Vocabularies;
import io.hasila.tally.Tally;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.apache.beam.sdk.coders.Coder;

/**
 * The Beam coders of Hasila's values, from the model's described-once codecs ({@link
 * AccumulatorCodecs}): activities of every type and audience snapshots (compact and deterministic
 * given the vocabularies their codes resolve against), rejections and tallies.
 */
public final class HasilaCoders {
  private HasilaCoders() {}

  /**
   * Activities of every type with their codes written alone and resolved against {@code
   * vocabularies}: compact and deterministic, so activities may be keys. Encoding an activity whose
   * code {@code vocabularies} do not hold fails naming it.
   */
  public static Coder<Activity> activities(Vocabularies vocabularies) {
    VocabulariesText v = new VocabulariesText(Objects.requireNonNull(vocabularies, "vocabularies"));
    return new CodecCoder<>("HasilaCoders.activities", v, () -> AccumulatorCodecs.activities(v.get()), true);
  }

  /** Activities of every type with the well-known codes: {@link #activities(Vocabularies)} with {@link Vocabularies#standard()}. */
  public static Coder<Activity> activities() {
    return activities(Vocabularies.standard());
  }

  /** Audience snapshots with their codes resolved against {@code vocabularies}: compact and deterministic. */
  public static Coder<AudienceSnapshot> snapshots(Vocabularies vocabularies) {
    VocabulariesText v = new VocabulariesText(Objects.requireNonNull(vocabularies, "vocabularies"));
    return new CodecCoder<>(
        "HasilaCoders.snapshots", v, () -> AccumulatorCodecs.records(AudienceSnapshot.TYPE, v.get()), true);
  }

  /** Audience snapshots with the well-known codes. */
  public static Coder<AudienceSnapshot> snapshots() {
    return snapshots(Vocabularies.standard());
  }

  /** Rejected records: source, line, record, field, raw text and reason. */
  public static Coder<Rejection> rejections() {
    return new CodecCoder<>("HasilaCoders.rejections", null, RejectionCodec::new, true);
  }

  /**
   * Tallies, as the self-contained JSON document {@link HasilaJson#toJson(Tally)} writes (the
   * definition inline), read back with codes resolved against {@code vocabularies}. A definition
   * with a custom selector cannot be written, so neither can its tallies.
   */
  public static Coder<Tally> tallies(Vocabularies vocabularies) {
    VocabulariesText v = new VocabulariesText(Objects.requireNonNull(vocabularies, "vocabularies"));
    return new CodecCoder<>("HasilaCoders.tallies", v, () -> new TallyCodec(v.get()), true);
  }

  /** Encodes rejections field by field. */
  static final class RejectionCodec implements AccumulatorCodec<Rejection> {
    private final AccumulatorCodec<String> strings = AccumulatorCodecs.strings();
    private final AccumulatorCodec<Long> longs = AccumulatorCodecs.longs();

    @Override
    public void encode(Rejection r, DataOutput out) throws IOException {
      strings.encode(r.source(), out);
      longs.encode(r.line(), out);
      longs.encode(r.record(), out);
      out.writeBoolean(r.field().isPresent());
      if (r.field().isPresent()) {
        strings.encode(r.field().get(), out);
      }
      strings.encode(r.raw(), out);
      strings.encode(r.reason(), out);
    }

    @Override
    public Rejection decode(DataInput in) throws IOException {
      String source = strings.decode(in);
      long line = longs.decode(in);
      long record = longs.decode(in);
      Optional<String> field = in.readBoolean() ? Optional.of(strings.decode(in)) : Optional.empty();
      return Rejection.builder()
          .source(source)
          .line(line)
          .record(record)
          .field(field)
          .raw(strings.decode(in))
          .reason(strings.decode(in))
          .build();
    }
  }

  /** Encodes a tally as its JSON document. */
  private static final class TallyCodec implements AccumulatorCodec<Tally> {
    private final HasilaJson json;

    TallyCodec(Vocabularies vocabularies) {
      this.json = HasilaJson.create().withVocabularies(vocabularies);
    }

    @Override
    public void encode(Tally tally, DataOutput out) throws IOException {
      AccumulatorCodecs.strings().encode(json.toJson(tally), out);
    }

    @Override
    public Tally decode(DataInput in) throws IOException {
      return json.tallyFromJson(AccumulatorCodecs.strings().decode(in));
    }
  }
}
