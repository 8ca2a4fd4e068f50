package io.hasila.tally;

import static io.hasila.tally.Selector.and;
import static io.hasila.tally.Selector.anyOf;
import static io.hasila.tally.Selector.ofType;

import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.model.Campaign;
import io.hasila.model.CampaignKind;
import io.hasila.model.Institution;
import io.hasila.model.Labels;
import io.hasila.model.MediaCoverage;
import io.hasila.model.Platform;
import io.hasila.model.PropertyPath;
import io.hasila.model.Theme;
import io.hasila.model.Tweet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small definition in the shape of the 2020 reference tally (a checked total with four parts, a
 * programme without a figure, running totals and a sum), with the figures the reference source
 * publishes for those lines; the full reference definition is data in the examples module.
 */
final class TestTallies {
  static final String COMMUNICATION = "communication";
  static final String MEDIA_COVERAGES = "communication.media_coverages";
  static final String POSTS = "communication.posts";
  static final String REBUTTALS = "communication.rebuttals";
  static final String BULLETINS = "communication.bulletins";
  static final String VIGILANCE = "information_vigilance";
  static final String TWITTER_FOLLOWERS = "social.twitter_followers";
  static final String TWITTER_TWEETS = "social.twitter_tweets";
  static final String FACEBOOK_SUBSCRIBERS = "social.facebook_subscribers";
  static final String BLOOD_DONORS = "blood_donors";

  private TestTallies() {}

  static Institution police() {
    return Institution.of("dgsn", "المديرية العامة للأمن الوطني", ZoneId.of("Africa/Casablanca"));
  }

  static TallyDefinition definition() {
    Selector coverages = ofType(MediaCoverage.TYPE);
    Selector posts = anyOf(Tweet.TYPE, Tweet.PLATFORM, Platform.TWITTER, Platform.FACEBOOK);
    Selector rebuttals = anyOf(Bulletin.TYPE, Bulletin.KIND, BulletinKind.REBUTTAL);
    Selector bulletins = anyOf(Bulletin.TYPE, Bulletin.KIND, BulletinKind.COMMUNIQUE, BulletinKind.NEWS, BulletinKind.PRESS_FILE);
    return TallyDefinition.builder()
        .id("test.communication.2020")
        .labels(Labels.of("حصيلة تجريبية", "bilan d'essai", "test tally"))
        .addCategories(
            Category.builder()
                .id(COMMUNICATION)
                .labels(Labels.of("الأنشطة التواصلية", "activités de communication", "communication activities"))
                .measure(Measure.count(Selector.or(coverages, posts, rebuttals, bulletins)))
                .checkedTotal(true)
                .addChildren(
                    Category.of(MEDIA_COVERAGES, Labels.of("تغطيات", "couvertures", "media coverages"), Measure.count(coverages)),
                    Category.of(POSTS, Labels.of("تدوينات", "publications", "posts"), Measure.count(posts)),
                    Category.of(REBUTTALS, Labels.of("بيانات حقيقة", "démentis", "rebuttals"), Measure.count(rebuttals)),
                    Category.of(BULLETINS, Labels.of("بلاغات", "communiqués", "bulletins"), Measure.count(bulletins)))
                .build(),
            Category.builder()
                .id(VIGILANCE)
                .labels(Theme.INFORMATION_VIGILANCE.labels())
                .measure(Measure.none())
                .note("a programme reported without a figure")
                .build(),
            Category.builder()
                .id("social")
                .labels(Labels.of("الحسابات", "comptes", "accounts"))
                .measure(Measure.none())
                .addChildren(
                    Category.of(TWITTER_FOLLOWERS, Labels.of("متابعو تويتر", "abonnés Twitter", "Twitter followers"), Measure.latestSnapshot(Platform.TWITTER)),
                    Category.of(TWITTER_TWEETS, Labels.of("تغريدات", "tweets", "tweets"), Measure.count(anyOf(Tweet.TYPE, Tweet.PLATFORM, Platform.TWITTER))),
                    Category.of(FACEBOOK_SUBSCRIBERS, Labels.of("منخرطو فايسبوك", "abonnés Facebook", "Facebook subscribers"), Measure.latestSnapshot(Platform.FACEBOOK)))
                .build(),
            Category.of(
                BLOOD_DONORS,
                Labels.of("المتبرعون بالدم", "donneurs de sang", "blood donors"),
                Measure.sum(PropertyPath.parse("campaign.participants"), and(anyOf(Campaign.TYPE, Campaign.KIND, CampaignKind.BLOOD_DONATION)))))
        .build();
  }

  static Source source() {
    return Source.builder().title("the 2020 communication tally, as the press reported it").date(LocalDate.of(2020, 12, 31)).build();
  }

  /** The 2020 figures of the reference source for these lines. */
  static Map<String, Long> publishedValues2020() {
    Map<String, Long> v = new LinkedHashMap<>();
    v.put(COMMUNICATION, 4_202L);
    v.put(MEDIA_COVERAGES, 1_385L);
    v.put(POSTS, 689L);
    v.put(REBUTTALS, 152L);
    v.put(BULLETINS, 1_976L);
    v.put(TWITTER_FOLLOWERS, 225_191L);
    v.put(TWITTER_TWEETS, 771L);
    v.put(FACEBOOK_SUBSCRIBERS, 191_903L);
    v.put(BLOOD_DONORS, 3_683L);
    return v;
  }

  /** The published 2020 tally with some figures replaced. */
  static Tally published2020With(Map<String, Figure> replaced) {
    Tally t = published2020();
    Map<String, Figure> figures = new LinkedHashMap<>(t.figures());
    figures.putAll(replaced);
    return Tally.builder().definition(t.definition()).institution(t.institution()).period(t.period()).figures(figures).build();
  }

  static Tally published2020() {
    return Tally.published(definition(), police(), DateRange.ofYear(2020), source(), publishedValues2020());
  }

  /** The 2019 figures the source gives: tweets and Facebook subscribers published, Twitter followers derived from +574%. */
  static Tally published2019() {
    return Tally.builder()
        .definition(definition())
        .institution(police())
        .period(DateRange.ofYear(2019))
        .putFigures(
            TWITTER_FOLLOWERS,
            Figure.derived(
                33_411,
                "225191 / (1 + 574 / 100), rounded half up to a whole number",
                List.of("2020 social.twitter_followers = 225191 (published)", "rise from 2019 to 2020 = about +574% (published)")))
        .putFigures(TWITTER_TWEETS, Figure.published(358, source()))
        .putFigures(FACEBOOK_SUBSCRIBERS, Figure.published(20_010, source()))
        .build();
  }
}
