package io.hasila.testkit;

import static io.hasila.tally.Selector.and;
import static io.hasila.tally.Selector.anyOf;
import static io.hasila.tally.Selector.ofType;
import static io.hasila.tally.Selector.or;
import static io.hasila.tally.Selector.theme;

import io.hasila.model.Bulletin;
import io.hasila.model.BulletinKind;
import io.hasila.model.Campaign;
import io.hasila.model.CampaignKind;
import io.hasila.model.CommunityMeeting;
import io.hasila.model.CounterpartKind;
import io.hasila.model.Institution;
import io.hasila.model.Labels;
import io.hasila.model.MediaCoverage;
import io.hasila.model.MediaProduction;
import io.hasila.model.OutreachInitiative;
import io.hasila.model.Platform;
import io.hasila.model.ProductionKind;
import io.hasila.model.PropertyPath;
import io.hasila.model.PublicationIssue;
import io.hasila.model.Theme;
import io.hasila.model.Tweet;
import io.hasila.tally.Category;
import io.hasila.tally.Measure;
import io.hasila.tally.Selector;
import io.hasila.tally.TallyDefinition;
import java.time.ZoneId;

/**
 * A definition with the categories and measures of the 2020 reference tally (its data file is in
 * the examples module, which the test kit cannot read), under an id of its own.
 */
final class ReferenceShapedDefinition {
  private ReferenceShapedDefinition() {}

  static Institution police() {
    return Institution.of("dgsn", "المديرية العامة للأمن الوطني", ZoneId.of("Africa/Casablanca"));
  }

  private static Labels l(String en) {
    return Labels.of("فئة " + en, "catégorie " + en, en);
  }

  static TallyDefinition definition() {
    Selector coverages = ofType(MediaCoverage.TYPE);
    Selector posts = anyOf(Tweet.TYPE, Tweet.PLATFORM, Platform.TWITTER, Platform.FACEBOOK);
    Selector rebuttals = anyOf(Bulletin.TYPE, Bulletin.KIND, BulletinKind.REBUTTAL);
    Selector bulletins = anyOf(Bulletin.TYPE, Bulletin.KIND, BulletinKind.COMMUNIQUE, BulletinKind.NEWS, BulletinKind.PRESS_FILE);
    Selector meetings = ofType(CommunityMeeting.TYPE);
    Selector health = theme(Theme.HEALTH_EMERGENCY);
    Selector fakeNews = theme(Theme.FAKE_NEWS);
    return TallyDefinition.builder()
        .id("testkit.reference-shaped.2020")
        .labels(l("reference-shaped tally"))
        .addCategories(
            Category.builder().id("meetings").labels(l("meetings")).measure(Measure.none())
                .addChildren(
                    Category.of("meetings.civil_associations", l("associations"), Measure.distinctCounterparts(CounterpartKind.CIVIL_ASSOCIATION, meetings)),
                    Category.of("meetings.union_bodies", l("union bodies"), Measure.distinctCounterparts(CounterpartKind.UNION_BODY, meetings)))
                .build(),
            Category.builder().id("communication").labels(l("communication")).measure(Measure.count(or(coverages, posts, rebuttals, bulletins)))
                .checkedTotal(true)
                .addChildren(
                    Category.of("communication.media_coverages", l("coverages"), Measure.count(coverages)),
                    Category.of("communication.posts", l("posts"), Measure.count(posts)),
                    Category.of("communication.rebuttals", l("rebuttals"), Measure.count(rebuttals)),
                    Category.of("communication.bulletins", l("bulletins"), Measure.count(bulletins)))
                .build(),
            Category.builder().id("health_emergency").labels(l("health emergency")).measure(Measure.none())
                .addChildren(
                    Category.of("health_emergency.communiques", l("communiques"), Measure.count(and(anyOf(Bulletin.TYPE, Bulletin.KIND, BulletinKind.COMMUNIQUE), health))),
                    Category.of(
                        "health_emergency.productions",
                        l("productions"),
                        Measure.count(and(anyOf(MediaProduction.TYPE, MediaProduction.KIND, ProductionKind.REPORTAGE, ProductionKind.INFORMATIONAL_PIECE), health))),
                    Category.of("health_emergency.rebuttals", l("health rebuttals"), Measure.count(and(rebuttals, health, fakeNews))),
                    Category.of("health_emergency.news", l("news"), Measure.count(and(anyOf(Bulletin.TYPE, Bulletin.KIND, BulletinKind.NEWS), health, fakeNews))),
                    Category.builder().id("health_emergency.information_vigilance").labels(l("vigilance")).measure(Measure.none()).build())
                .build(),
            Category.builder().id("social").labels(l("social")).measure(Measure.none())
                .addChildren(
                    Category.of("social.twitter_followers", l("Twitter followers"), Measure.latestSnapshot(Platform.TWITTER)),
                    Category.of("social.twitter_tweets", l("tweets"), Measure.count(anyOf(Tweet.TYPE, Tweet.PLATFORM, Platform.TWITTER))),
                    Category.of("social.facebook_subscribers", l("Facebook subscribers"), Measure.latestSnapshot(Platform.FACEBOOK)))
                .build(),
            Category.of("police_magazine_issues", l("magazine issues"), Measure.count(ofType(PublicationIssue.TYPE))),
            Category.of(
                "children_welcomed",
                l("children"),
                Measure.sum(PropertyPath.parse("outreach_initiative.beneficiaries"), and(ofType(OutreachInitiative.TYPE), theme(Theme.PROXIMITY_POLICING)))),
            Category.of(
                "blood_donors",
                l("blood donors"),
                Measure.sum(PropertyPath.parse("campaign.participants"), anyOf(Campaign.TYPE, Campaign.KIND, CampaignKind.BLOOD_DONATION))))
        .build();
  }
}
