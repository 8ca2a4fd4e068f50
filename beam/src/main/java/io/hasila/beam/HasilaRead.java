package io.hasila.beam;

import io.hasila.beam.Pieces.Outcome;
import io.hasila.beam.Pieces.Span;
import io.hasila.internal.ParallelRead;
import io.hasila.internal.PieceReading;
import io.hasila.io.ReadMode;
import io.hasila.io.RecordReader;
import io.hasila.io.Rejection;
import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads the records of JSON Lines or CSV files matching a glob pattern, as Hasila's readers read
 * them on one machine: a {@code PTransform<PBegin, HasilaRead.Output<T>>} whose output has the
 * records and, in lenient mode, the rejected ones (source file name, line, reason).
 *
 * <p>Large files are split by byte ranges of about {@link #withSplitBytes split bytes}, cut with
 * the rule of the single-machine parallel readers: just after a line feed, and for CSV only where
 * the pieces before prove the cut is outside a quoted cell (else the rest of the file is one piece).
 * Rejections carry the lines and records of a sequential read of the file. In strict mode the first
 * bad record of a file, in file order, fails the pipeline with the single-machine reader's error;
 * in both modes so does a file that cannot be read.
 *
 * <p>The reader travels as the serializable recipe that makes it, a lambda such as {@code () ->
 * HasilaCsv.create().activityReader().withMode(ReadMode.LENIENT)}; it sets the format, mode,
 * charset, limits and vocabularies. Records are encoded with {@link HasilaCoders} over the reader's
 * vocabularies.
 *
 * @param <T> {@code Activity} or {@code AudienceSnapshot}
 */
public final class HasilaRead<T> extends PTransform<PBegin, HasilaRead.Output<T>> {
  private static final long serialVersionUID = 1L;
  /** The split size unless set: 64 MiB. */
  public static final long DEFAULT_SPLIT_BYTES = 64L << 20;

  /** Makes the reader on the machine that reads: a serializable lambda or class. */
  @FunctionalInterface
  public interface ReaderRecipe<T> extends Serializable {
    /** A reader of Hasila's JSON Lines or CSV formats. */
    RecordReader<T> reader();
  }

  private final String filepattern;
  private final ReaderRecipe<T> recipe;
  private final SerializableCoderMaker<T> coder;
  private final long splitBytes;

  /** Makes the records' coder from the reader's vocabularies. */
  @FunctionalInterface
  private interface SerializableCoderMaker<T> extends Serializable {
    Coder<T> coder(RecordReader<T> reader);
  }

  private HasilaRead(String filepattern, ReaderRecipe<T> recipe, SerializableCoderMaker<T> coder, long splitBytes) {
    this.filepattern = filepattern;
    this.recipe = recipe;
    this.coder = coder;
    this.splitBytes = splitBytes;
  }

  /**
   * Reads the activities of the files matching {@code filepattern} (a glob Beam's file systems
   * understand, such as {@code /data/activities-*.jsonl}) with the reader the recipe makes.
   *
   * @throws IllegalArgumentException if the recipe makes a reader of neither JSON Lines nor CSV
   */
  public static HasilaRead<Activity> activities(String filepattern, ReaderRecipe<Activity> reader) {
    return new HasilaRead<>(filepattern, reader, r -> HasilaCoders.activities(r.vocabularies()), DEFAULT_SPLIT_BYTES).checked();
  }

  /**
   * Reads the audience snapshots of the files matching {@code filepattern} with the reader the recipe makes.
   *
   * @throws IllegalArgumentException if the recipe makes a reader of neither JSON Lines nor CSV
   */
  public static HasilaRead<AudienceSnapshot> snapshots(String filepattern, ReaderRecipe<AudienceSnapshot> reader) {
    return new HasilaRead<>(filepattern, reader, r -> HasilaCoders.snapshots(r.vocabularies()), DEFAULT_SPLIT_BYTES).checked();
  }

  /**
   * The same read with files split into pieces of about {@code bytes} (at least 1); {@value
   * #DEFAULT_SPLIT_BYTES} bytes unless set.
   *
   * @throws IllegalArgumentException if {@code bytes} is less than 1
   */
  public HasilaRead<T> withSplitBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("HasilaRead.splitBytes must be at least 1 but was: " + bytes);
    }
    return new HasilaRead<>(filepattern, recipe, coder, bytes);
  }

  private HasilaRead<T> checked() {
    Objects.requireNonNull(filepattern, "filepattern");
    PieceReading.of(recipe.reader());
    return this;
  }

  @Override
  public Output<T> expand(PBegin begin) {
    RecordReader<T> reader = recipe.reader();
    PieceReading.Format<T> format = PieceReading.of(reader);
    Coder<Span> spanCoder = new CodecCoder<>("HasilaRead.spans", null, Pieces.SpanCodec::new, true);
    Coder<Outcome> outcomeCoder = new CodecCoder<>("HasilaRead.outcomes", null, Pieces.OutcomeCodec::new, false);
    PCollection<Span> spans =
        begin
            .apply("Match", FileIO.match().filepattern(filepattern))
            .apply("Cut", ParDo.of(new CutFn(splitBytes, format.splittable())))
            .setCoder(spanCoder)
            .apply("SpreadCuts", Reshuffle.viaRandomKey());
    if (format.recordsMaySpanLines()) {
      spans =
          spans
              .apply("Scan", ParDo.of(new ScanFn<>(recipe)))
              .setCoder(KvCoder.of(StringUtf8Coder.of(), spanCoder))
              .apply("ByFileForPlan", GroupByKey.create())
              .apply("Plan", ParDo.of(new PlanFn()))
              .setCoder(spanCoder)
              .apply("SpreadPieces", Reshuffle.viaRandomKey());
    }
    TupleTag<T> records = new TupleTag<>("records") {};
    TupleTag<KV<String, Outcome>> outcomes = new TupleTag<>("outcomes") {};
    PCollectionTuple read =
        spans.apply("Read", ParDo.of(new ReadFn<>(recipe, records, outcomes)).withOutputTags(records, TupleTagList.of(outcomes)));
    PCollection<T> recordsOut = read.get(records).setCoder(coder.coder(reader));
    PCollection<Rejection> rejections =
        read.get(outcomes)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), outcomeCoder))
            .apply("ByFile", GroupByKey.create())
            .apply("Rejections", ParDo.of(new AssembleFn<>(recipe)))
            .setCoder(HasilaCoders.rejections());
    return new Output<>(begin.getPipeline(), records, recordsOut, rejections);
  }

  /** The read's two outputs: the records, and the rejected records in lenient mode. */
  public static final class Output<T> implements POutput {
    private final Pipeline pipeline;
    private final TupleTag<T> recordsTag;
    private final PCollection<T> records;
    private final PCollection<Rejection> rejections;

    Output(Pipeline pipeline, TupleTag<T> recordsTag, PCollection<T> records, PCollection<Rejection> rejections) {
      this.pipeline = pipeline;
      this.recordsTag = recordsTag;
      this.records = records;
      this.rejections = rejections;
    }

    /** The records read, in no particular order. */
    public PCollection<T> records() {
      return records;
    }

    /** The rejected records (lenient mode), with the file name, line and record of a sequential read and the reason. */
    public PCollection<Rejection> rejections() {
      return rejections;
    }

    /** The pipeline the read belongs to. */
    @Override
    public Pipeline getPipeline() {
      return pipeline;
    }

    /** The two outputs by tag. */
    @Override
    public Map<TupleTag<?>, PValue> expand() {
      return Map.of(recordsTag, records, new TupleTag<Rejection>("rejections"), rejections);
    }

    /** Nothing to finish. */
    @Override
    public void finishSpecifyingOutput(String transformName, PInput input, PTransform<?, ?> transform) {}
  }

  /** Cuts each matched file into spans. */
  private static final class CutFn extends DoFn<MatchResult.Metadata, Span> {
    private static final long serialVersionUID = 1L;
    private final long splitBytes;
    private final boolean splittable;

    CutFn(long splitBytes, boolean splittable) {
      this.splitBytes = splitBytes;
      this.splittable = splittable;
    }

    @ProcessElement
    public void process(@Element MatchResult.Metadata file, OutputReceiver<Span> out) throws IOException {
      String name = file.resourceId().toString();
      long size = file.sizeBytes();
      long[] cuts = Pieces.cuts(name, size, splitBytes, splittable);
      for (int i = 0; i + 1 < cuts.length; i++) {
        out.output(new Span(name, cuts[i], cuts[i + 1], size, true));
      }
    }
  }

  /** Follows the quoting of each span (CSV), keyed by file. */
  private static final class ScanFn<T> extends DoFn<Span, KV<String, Span>> {
    private static final long serialVersionUID = 1L;
    private final ReaderRecipe<T> recipe;
    private transient PieceReading.Format<T> format;

    ScanFn(ReaderRecipe<T> recipe) {
      this.recipe = recipe;
    }

    @Setup
    public void setup() {
      format = PieceReading.of(recipe.reader());
    }

    @ProcessElement
    public void process(@Element Span span, OutputReceiver<KV<String, Span>> out) throws IOException {
      boolean proves = true;
      if (span.end < span.size) {
        try (InputStream bytes = Pieces.open(span)) {
          proves = format.scan(Pieces.source(span.file), () -> Pieces.head(span.file), bytes).provesNext;
        }
      }
      out.output(KV.of(span.file, span.proving(proves)));
    }
  }

  /** Keeps the cuts of each file that the spans before them prove, as the single-machine CSV reader does. */
  private static final class PlanFn extends DoFn<KV<String, Iterable<Span>>, Span> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element KV<String, Iterable<Span>> file, OutputReceiver<Span> out) {
      List<Span> spans = sorted(file.getValue(), s -> s.start);
      long[] cuts = new long[spans.size() + 1];
      boolean[] proves = new boolean[spans.size()];
      for (int i = 0; i < spans.size(); i++) {
        cuts[i] = spans.get(i).start;
        proves[i] = spans.get(i).provesNext;
      }
      Span last = spans.get(spans.size() - 1);
      cuts[spans.size()] = last.end;
      long[] kept = PieceReading.proven(cuts, proves);
      for (int i = 0; i + 1 < kept.length; i++) {
        out.output(new Span(file.getKey(), kept[i], kept[i + 1], last.size, true));
      }
    }
  }

  /** Reads each piece: records to the main output, what the piece gave (keyed by file) to the other. */
  private static final class ReadFn<T> extends DoFn<Span, T> {
    private static final long serialVersionUID = 1L;
    private final ReaderRecipe<T> recipe;
    private final TupleTag<T> records;
    private final TupleTag<KV<String, Outcome>> outcomes;
    private transient PieceReading.Format<T> format;

    ReadFn(ReaderRecipe<T> recipe, TupleTag<T> records, TupleTag<KV<String, Outcome>> outcomes) {
      this.recipe = recipe;
      this.records = records;
      this.outcomes = outcomes;
    }

    @Setup
    public void setup() {
      format = PieceReading.of(recipe.reader());
    }

    @ProcessElement
    public void process(@Element Span span, MultiOutputReceiver out) {
      OutputReceiver<T> accepted = out.get(records);
      ParallelRead.Piece<Void> piece;
      try (InputStream bytes = Pieces.open(span)) {
        piece = format.read(Pieces.source(span.file), span.start, () -> Pieces.head(span.file), bytes, accepted::output);
      } catch (IOException e) {
        throw new UncheckedIOException(span.file + ": cannot read bytes " + span.start + " to " + span.end, e);
      }
      out.get(outcomes).output(KV.of(span.file, Outcome.of(span.start, piece)));
    }
  }

  /** Puts each file's pieces in file order: rejections at the positions of a sequential read; the first fault fails the read. */
  private static final class AssembleFn<T> extends DoFn<KV<String, Iterable<Outcome>>, Rejection> {
    private static final long serialVersionUID = 1L;
    private final ReaderRecipe<T> recipe;
    private transient PieceReading.Format<T> format;
    private transient ReadMode mode;

    AssembleFn(ReaderRecipe<T> recipe) {
      this.recipe = recipe;
    }

    @Setup
    public void setup() {
      RecordReader<T> reader = recipe.reader();
      format = PieceReading.of(reader);
      mode = reader.mode();
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<Outcome>> file, OutputReceiver<Rejection> out) {
      long lines = 0;
      long read = 0;
      for (Outcome o : sorted(file.getValue(), o -> o.start)) {
        if (o.failure != null) {
          throw format.shift(o.failure, lines, read);
        }
        if (mode == ReadMode.LENIENT) {
          for (Rejection r : o.rejections) {
            out.output(Rejection.builder().from(r).line(r.line() + lines).record(r.record() + read).build());
          }
        }
        lines += o.lines;
        read += o.read;
      }
    }
  }

  private static <E> List<E> sorted(Iterable<E> values, Function<E, Long> by) {
    List<E> list = new ArrayList<>();
    values.forEach(list::add);
    list.sort(Comparator.comparing(by));
    return list;
  }
}
