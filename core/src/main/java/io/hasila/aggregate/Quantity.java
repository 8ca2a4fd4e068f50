package io.hasila.aggregate;

import io.hasila.model.Activity;
import io.hasila.model.Campaign;
import io.hasila.model.Labelled;
import io.hasila.model.Labels;
import io.hasila.model.OutreachInitiative;
import io.hasila.model.Tweet;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * A numeric field of an activity that a tally can add up, such as the participants of campaigns.
 *
 * <p>Each quantity belongs to one activity type; other activities, and activities where the field
 * is not recorded, have no value and do not take part in a sum.
 */
public enum Quantity implements Labelled {
  /** The participants of a {@link Campaign}. */
  PARTICIPANTS("المشاركون", "participants", "participants"),
  /** The beneficiaries of an {@link OutreachInitiative}. */
  BENEFICIARIES("المستفيدون", "bénéficiaires", "beneficiaries"),
  /** The views of a {@link Tweet}, where recorded. */
  VIEWS("المشاهدات", "vues", "views"),
  /** The likes of a {@link Tweet}, where recorded. */
  LIKES("الإعجابات", "mentions j'aime", "likes"),
  /** The shares of a {@link Tweet}, where recorded. */
  SHARES("المشاركات", "partages", "shares");

  private final Labels labels;

  Quantity(String ar, String fr, String en) {
    this.labels = Labels.of(ar, fr, en);
  }

  /** The quantity's value for an activity; empty if the activity has no such field or it is not recorded. */
  public OptionalLong of(Activity activity) {
    switch (this) {
      case PARTICIPANTS:
        return activity instanceof Campaign
            ? OptionalLong.of(((Campaign) activity).participants())
            : OptionalLong.empty();
      case BENEFICIARIES:
        return activity instanceof OutreachInitiative
            ? OptionalLong.of(((OutreachInitiative) activity).beneficiaries())
            : OptionalLong.empty();
      case VIEWS:
        return activity instanceof Tweet ? ((Tweet) activity).views() : OptionalLong.empty();
      case LIKES:
        return activity instanceof Tweet ? ((Tweet) activity).likes() : OptionalLong.empty();
      case SHARES:
        return activity instanceof Tweet ? ((Tweet) activity).shares() : OptionalLong.empty();
      default:
        throw new AssertionError(this);
    }
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
