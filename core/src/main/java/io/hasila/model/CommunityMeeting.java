package io.hasila.model;

import io.hasila.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A coordination or consultation meeting with civil society (اجتماع تنسيقي وتشاوري).
 *
 * <p>It lists every counterpart met, each with a stable id, so that a tally can count distinct
 * associations or union bodies across all meetings of a year.
 */
@Value.Immutable
public abstract sealed class CommunityMeeting implements Activity permits ImmutableCommunityMeeting {
  /** The parties met; at least one. */
  public static final Property<CommunityMeeting, Counterpart> COUNTERPARTS =
      Property.many(
          "counterparts",
          Labels.of("الأطراف", "partenaires", "counterparts"),
          ValueType.record(Counterpart.TYPE),
          1,
          false,
          CommunityMeeting::counterparts,
          (Builder b, Counterpart v) -> b.addCounterparts(v));

  /** The topics discussed, in the order recorded. */
  public static final Property<CommunityMeeting, String> TOPICS =
      Property.many(
          "topics",
          Labels.of("المواضيع المتداولة", "sujets abordés", "topics"),
          ValueType.text(),
          0,
          true,
          CommunityMeeting::topics,
          (Builder b, String v) -> b.addTopics(v));

  /** The description of community meetings, type code {@code community_meeting}. */
  public static final ActivityType<CommunityMeeting> TYPE =
      ActivityType.of(
          "community_meeting",
          Labels.of("اجتماع تنسيقي وتشاوري", "réunion de coordination et de concertation", "community meeting"),
          CommunityMeeting.class,
          CommunityMeeting::builder,
          Builder::build,
          COUNTERPARTS,
          TOPICS);

  CommunityMeeting() {}

  /** The parties met; at least one, each id at most once. */
  public abstract Set<Counterpart> counterparts();

  /** The topics discussed, in the order recorded; possibly none. */
  public abstract List<String> topics();

  @Override
  public final ActivityType<CommunityMeeting> type() {
    return TYPE;
  }

  /** A builder for a community meeting. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CommunityMeeting}; {@code build()} validates it. */
  public static final class Builder extends ImmutableCommunityMeeting.Builder implements ActivityBuilder<Builder> {
    Builder() {}
  }

  @Value.Check
  void check() {
    ActivityChecks.common(this, "CommunityMeeting");
    Checks.notEmpty("CommunityMeeting", "counterparts", counterparts());
    Set<Counterpart> counterparts = counterparts();
    if (counterparts.size() > 1) {
      Set<String> ids = new HashSet<>(counterparts.size() * 2);
      for (Counterpart c : counterparts) {
        Checks.check(
            ids.add(c.id()),
            "CommunityMeeting",
            "counterparts",
            "must not list two different counterparts with the same id",
            c.id());
      }
    }
    for (String topic : topics()) {
      Checks.notBlank("CommunityMeeting", "topics", topic);
    }
  }
}
