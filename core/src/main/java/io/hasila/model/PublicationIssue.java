package io.hasila.model;

import io.hasila.internal.Checks;
import java.util.Set;
import org.immutables.value.Value;

/** One issue of a periodical the institution publishes, e.g. an issue of the police magazine. */
@Value.Immutable
public abstract sealed class PublicationIssue implements Activity permits ImmutablePublicationIssue {
  /** The periodical's title. */
  public static final Property<PublicationIssue, String> PUBLICATION =
      Property.one(
          "publication",
          Labels.of("الإصدار", "publication", "publication"),
          ValueType.text(),
          PublicationIssue::publication,
          (Builder b, String v) -> b.publication(v));

  /** The issue number, from 1. */
  public static final Property<PublicationIssue, Integer> NUMBER =
      Property.one(
          "number",
          Labels.of("رقم العدد", "numéro", "issue number"),
          ValueType.integer(1),
          PublicationIssue::number,
          (Builder b, Integer v) -> b.number(v));

  /** The formats it was released in; at least one. */
  public static final Property<PublicationIssue, PublicationFormat> FORMATS =
      Property.many(
          "formats",
          Labels.of("صيغ الإصدار", "formats", "formats"),
          ValueType.code(PublicationFormat.VOCABULARY),
          1,
          false,
          PublicationIssue::formats,
          (Builder b, PublicationFormat v) -> b.addFormats(v));

  /** The platforms the electronic edition is on. */
  public static final Property<PublicationIssue, ReadingPlatform> PLATFORMS =
      Property.many(
          "platforms",
          Labels.of("منصات القراءة", "plateformes de lecture", "reading platforms"),
          ValueType.code(ReadingPlatform.VOCABULARY),
          0,
          false,
          PublicationIssue::platforms,
          (Builder b, ReadingPlatform v) -> b.addPlatforms(v));

  /** The description of publication issues, type code {@code publication_issue}. */
  public static final ActivityType<PublicationIssue> TYPE =
      ActivityType.of(
          "publication_issue",
          Labels.of("عدد من إصدار", "numéro de publication", "publication issue"),
          PublicationIssue.class,
          PublicationIssue::builder,
          Builder::build,
          PUBLICATION,
          NUMBER,
          FORMATS,
          PLATFORMS);

  PublicationIssue() {}

  /** The periodical's title. */
  public abstract String publication();

  /** The issue number, from 1. */
  public abstract int number();

  /** The formats it was released in; at least one. */
  public abstract Set<PublicationFormat> formats();

  /** The platforms the electronic edition is on; empty for print only. */
  public abstract Set<ReadingPlatform> platforms();

  @Override
  public final ActivityType<PublicationIssue> type() {
    return TYPE;
  }

  /** A builder for a publication issue. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublicationIssue}; {@code build()} validates it. */
  public static final class Builder extends ImmutablePublicationIssue.Builder implements ActivityBuilder<Builder> {
    Builder() {}
  }

  @Value.Check
  void check() {
    ActivityChecks.common(this, "PublicationIssue");
    Checks.notBlank("PublicationIssue", "publication", publication());
    Checks.positive("PublicationIssue", "number", number());
    Checks.notEmpty("PublicationIssue", "formats", formats());
    Checks.check(
        platforms().isEmpty() || formats().contains(PublicationFormat.ELECTRONIC),
        "PublicationIssue",
        "platforms",
        "must be empty unless formats include electronic",
        platforms());
  }
}
