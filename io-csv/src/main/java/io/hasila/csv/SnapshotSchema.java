package io.hasila.csv;

import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Platform;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The audience snapshots file: {@code platform,account,date,followers,posts}, one row per account and day. */
final class SnapshotSchema implements Schema<AudienceSnapshot> {
  static final SnapshotSchema INSTANCE = new SnapshotSchema();

  private static final int PLATFORM = 0;
  private static final int ACCOUNT = 1;
  private static final int DATE = 2;
  private static final int FOLLOWERS = 3;
  private static final int POSTS = 4;

  static final List<String> COLUMNS = List.of("platform", "account", "date", "followers", "posts");
  private static final Set<String> REQUIRED = Set.of("platform", "account", "date", "followers");
  private static final EnumCodes<Platform> PLATFORMS = new EnumCodes<>(Platform.class);

  private SnapshotSchema() {}

  @Override
  public String noun() {
    return "snapshot";
  }

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public Set<String> required() {
    return REQUIRED;
  }

  @Override
  public AudienceSnapshot decode(Row r) {
    var b =
        AudienceSnapshot.builder()
            .platform(PLATFORMS.parse(COLUMNS.get(PLATFORM), required(r, PLATFORM)))
            .account(required(r, ACCOUNT))
            .date(Parse.date(COLUMNS.get(DATE), required(r, DATE)))
            .followers(Parse.count(COLUMNS.get(FOLLOWERS), required(r, FOLLOWERS)));
    String posts = r.get(POSTS);
    if (!posts.isBlank()) {
      b.posts(Parse.count(COLUMNS.get(POSTS), posts));
    }
    return b.build();
  }

  private static String required(Row r, int column) {
    String v = r.get(column);
    if (v.isBlank()) {
      throw CellProblem.inCell(COLUMNS.get(column), "a value (required for every snapshot)", v);
    }
    return v;
  }

  @Override
  public void encode(AudienceSnapshot s, String[] cells) {
    Arrays.fill(cells, "");
    cells[PLATFORM] = s.platform().code();
    cells[ACCOUNT] = s.account();
    cells[DATE] = s.date().toString();
    cells[FOLLOWERS] = Long.toString(s.followers());
    if (s.posts().isPresent()) {
      cells[POSTS] = Long.toString(s.posts().getAsLong());
    }
  }
}
