package io.hasila.tally;

import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Labelled;
import io.hasila.model.Labels;
import java.util.Locale;
import java.util.OptionalLong;

/** The running total a {@link Measure.LatestSnapshot} reads from an {@link AudienceSnapshot}. */
public enum SnapshotField implements Labelled {
  /** Followers (subscribers) of the account. */
  FOLLOWERS("المتابعون", "abonnés", "followers"),
  /** The account's cumulative number of posts. */
  POSTS("عدد المنشورات", "nombre de publications", "posts");

  private final Labels labels;

  SnapshotField(String ar, String fr, String en) {
    this.labels = Labels.of(ar, fr, en);
  }

  /** The field's value in a snapshot; empty if the snapshot does not record it. */
  public OptionalLong of(AudienceSnapshot snapshot) {
    return this == FOLLOWERS ? OptionalLong.of(snapshot.followers()) : snapshot.posts();
  }

  @Override
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
