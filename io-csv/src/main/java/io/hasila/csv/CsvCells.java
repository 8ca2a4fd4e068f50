package io.hasila.csv;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.Arrays;

/**
 * One CSV record as FastCSV hands it over, with only the fields a read keeps made into strings: a
 * field that is skipped (outside a projection) is null, and what the reader needs of it without its
 * text — its line breaks, the stand-ins of bare CRs it holds, whether it holds U+FFFD — is counted
 * from FastCSV's buffer as it goes by. Made by {@link Handler}, which hands over the same instance
 * for every record: a record is valid until the next one is parsed (the reader finishes with each
 * record before asking for the next), so a row allocates no array of its own.
 */
final class CsvCells {
  private long startingLineNumber;
  private String[] fields;
  private int count;
  /** Line breaks in the skipped fields, counted as the reader counts them in a kept one. */
  int skippedLineBreaks;
  /** Stand-ins of bare CRs ({@link CsvText#BARE_CR}) in the skipped fields. */
  int skippedBareCrs;
  /** The first skipped field holding U+FFFD (a stand-in for bytes that are not text), or -1. */
  int firstReplacedSkipped;

  private CsvCells() {}

  /** The line the record starts on, as FastCSV counts it. */
  long getStartingLineNumber() {
    return startingLineNumber;
  }

  /** Field {@code i}: its text, or null if it was skipped. */
  String getField(int i) {
    if (i >= count) {
      throw new IndexOutOfBoundsException("field " + i + " of " + count);
    }
    return fields[i];
  }

  /** How many fields the record has, skipped ones included. */
  int getFieldCount() {
    return count;
  }

  /**
   * The FastCSV callback handler making {@link CsvCells}: every field until {@link #keep} says
   * otherwise (the header is always read whole), then only the kept ones, with FastCSV's own limits
   * and messages for the length of a field and of a record and the number of fields (those of its
   * {@code CsvRecordHandler}). Not thread safe.
   */
  static final class Handler extends CsvCallbackHandler<CsvCells> {
    private final int maxFields;
    private final int maxFieldSize;
    private final int maxRecordSize;
    private String[] fields;
    private int fieldIdx;
    private int recordSize;
    private long startingLineNumber;
    private RecordType recordType = RecordType.DATA;
    private boolean[] keep;
    private int lineBreaks;
    private int bareCrs;
    private int replaced;
    private final CsvCells record = new CsvCells();
    private final CsvText text;

    /** A handler of the characters of {@code text}, which says when a skipped field must be looked into. */
    Handler(CsvLimits limits, CsvText text) {
      this.text = text;
      this.maxFields = limits.maxFields();
      this.maxFieldSize = limits.maxFieldLength();
      this.maxRecordSize = limits.maxRecordLength();
      this.fields = new String[Math.min(32, maxFields)];
    }

    /** The longest record allowed, in characters. */
    int maxRecordLength() {
      return maxRecordSize;
    }

    /** Keeps from now on only field {@code f} where {@code keep[f]}, and every field beyond its length; null keeps all. */
    void keep(boolean[] keep) {
      this.keep = keep;
    }

    @Override
    protected RecordType getRecordType() {
      return recordType;
    }

    @Override
    protected int getFieldCount() {
      return fieldIdx;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
      this.startingLineNumber = startingLineNumber;
      fieldIdx = 0;
      recordSize = 0;
      recordType = RecordType.DATA;
      lineBreaks = 0;
      bareCrs = 0;
      replaced = -1;
    }

    @Override
    protected void addField(char[] buf, int offset, int len, boolean quoted) {
      if (len > maxFieldSize) {
        throw new CsvParseException(
            "Field at index %d in record starting at line %d exceeds the max field size of %d characters"
                .formatted(fieldIdx, startingLineNumber, maxFieldSize));
      }
      if (recordSize + len > maxRecordSize) {
        throw new CsvParseException(
            "Field at index %d in record starting at line %d exceeds the max record size of %d characters"
                .formatted(fieldIdx, startingLineNumber, maxRecordSize));
      }
      if (fieldIdx == fields.length) {
        if (fields.length >= maxFields) {
          throw new CsvParseException(
              "Record starting at line %d has surpassed the maximum limit of %d fields".formatted(startingLineNumber, maxFields));
        }
        fields = Arrays.copyOf(fields, Math.min(maxFields, fields.length * 2));
      }
      recordSize += len;
      if (keep == null || fieldIdx >= keep.length || keep[fieldIdx]) {
        fields[fieldIdx++] = new String(buf, offset, len);
        return;
      }
      // A skipped field is looked into only when the reader may need what it holds: its line breaks
      // (an unquoted field has none) to place bad bytes, a bare CR or a quote left open at the end
      // of the input; its U+FFFD when bytes that are not text were met. Bad bytes and bare CRs are
      // met (decoded ahead) before FastCSV parses the field that holds them.
      if (text.sawBadBytes() || (quoted && (text.bareCrs() > 0 || text.finished()))) {
        skip(buf, offset, len, quoted);
      }
      fields[fieldIdx++] = null;
    }

    /** Counts what the reader needs of a skipped field: only a quoted one holds line breaks and bare CRs. */
    private void skip(char[] buf, int offset, int len, boolean quoted) {
      for (int k = offset, end = offset + len; k < end; k++) {
        char c = buf[k];
        if (c == '\n') {
          if (quoted && (k == offset || buf[k - 1] != '\r')) {
            lineBreaks++;
          }
        } else if (c == '\r') {
          lineBreaks += quoted ? 1 : 0;
        } else if (CsvText.isBareCr(buf, offset, k)) {
          lineBreaks++;
          bareCrs++;
        } else if (c == '\uFFFD' && replaced < 0) {
          replaced = fieldIdx;
        }
      }
    }

    @Override
    protected void setComment(char[] buf, int offset, int len) {
      // Comments are off (CommentStrategy.NONE): a line that starts with '#' is data.
      recordType = RecordType.COMMENT;
      fieldIdx = 0;
    }

    @Override
    protected void setEmpty() {
      recordType = RecordType.EMPTY;
      fields[0] = "";
      fieldIdx = 1;
    }

    @Override
    protected CsvCells buildRecord() {
      CsvCells r = record;
      r.startingLineNumber = startingLineNumber;
      r.fields = fields;
      r.count = fieldIdx;
      r.skippedLineBreaks = lineBreaks;
      r.skippedBareCrs = bareCrs;
      r.firstReplacedSkipped = replaced;
      return r;
    }
  }
}
