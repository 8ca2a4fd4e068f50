package io.hasila.json;

import io.hasila.model.Activity;
import io.hasila.model.AudienceSnapshot;
import io.hasila.model.Bulletin;
import io.hasila.model.Campaign;
import io.hasila.model.Claim;
import io.hasila.model.CommunityMeeting;
import io.hasila.model.Counterpart;
import io.hasila.model.Labelled;
import io.hasila.model.MediaCoverage;
import io.hasila.model.MediaProduction;
import io.hasila.model.OutreachInitiative;
import io.hasila.model.PublicationIssue;
import io.hasila.model.Theme;
import io.hasila.model.Tweet;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import tools.jackson.core.JsonGenerator;

/**
 * Encodes activities and audience snapshots as JSON objects in the agreed property order: {@code
 * type} first, then the common properties, then the type's own. Absent optional values and empty
 * collections are left out; enum sets are written in the enum's declaration order, other
 * collections in their recorded order. Stateless and thread safe.
 */
final class RecordWriter {
  private RecordWriter() {}

  /** Writes an activity as one JSON object. */
  static void write(JsonGenerator g, Activity a) {
    g.writeStartObject();
    g.writeStringProperty("type", a.type().code());
    g.writeStringProperty("id", a.id());
    g.writeStringProperty("date", a.date().toString());
    if (a.time().isPresent()) {
      g.writeStringProperty("time", DateTimeFormatter.ISO_ZONED_DATE_TIME.format(a.time().get()));
    }
    g.writeObjectPropertyStart("unit");
    g.writeStringProperty("id", a.unit().id());
    g.writeStringProperty("name", a.unit().name());
    g.writeEndObject();
    if (!a.themes().isEmpty()) {
      g.writeArrayPropertyStart("themes");
      for (Theme t : a.themes()) {
        g.writeString(t.id());
      }
      g.writeEndArray();
    }
    optional(g, "title", a.title());
    optional(g, "language", a.language());
    if (a.url().isPresent()) {
      g.writeStringProperty("url", a.url().get().toString());
    }
    if (a instanceof MediaCoverage) {
      MediaCoverage m = (MediaCoverage) a;
      g.writeStringProperty("outlet", m.outlet());
      g.writeStringProperty("outletKind", m.outletKind().code());
      g.writeBooleanProperty("foreign", m.foreign());
    } else if (a instanceof Tweet) {
      Tweet t = (Tweet) a;
      g.writeStringProperty("platform", t.platform().code());
      g.writeStringProperty("account", t.account());
      optional(g, "postId", t.postId());
      optional(g, "views", t.views());
      optional(g, "likes", t.likes());
      optional(g, "shares", t.shares());
    } else if (a instanceof Bulletin) {
      Bulletin b = (Bulletin) a;
      g.writeStringProperty("kind", b.kind().code());
      if (b.claim().isPresent()) {
        Claim c = b.claim().get();
        g.writeObjectPropertyStart("claim");
        g.writeStringProperty("text", c.text());
        optional(g, "circulatedOn", c.circulatedOn());
        if (c.appearance().isPresent()) {
          g.writeStringProperty("appearance", c.appearance().get().toString());
        }
        if (c.firstSeen().isPresent()) {
          g.writeStringProperty("firstSeen", c.firstSeen().get().toString());
        }
        g.writeEndObject();
      }
    } else if (a instanceof CommunityMeeting) {
      CommunityMeeting m = (CommunityMeeting) a;
      g.writeArrayPropertyStart("counterparts");
      for (Counterpart c : m.counterparts()) {
        g.writeStartObject();
        g.writeStringProperty("id", c.id());
        g.writeStringProperty("name", c.name());
        g.writeStringProperty("kind", c.kind().code());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (!m.topics().isEmpty()) {
        g.writeArrayPropertyStart("topics");
        for (String topic : m.topics()) {
          g.writeString(topic);
        }
        g.writeEndArray();
      }
    } else if (a instanceof MediaProduction) {
      MediaProduction m = (MediaProduction) a;
      g.writeStringProperty("kind", m.kind().code());
      optional(g, "partnerOutlet", m.partnerOutlet());
    } else if (a instanceof PublicationIssue) {
      PublicationIssue i = (PublicationIssue) a;
      g.writeStringProperty("publication", i.publication());
      g.writeNumberProperty("number", i.number());
      codes(g, "formats", i.formats());
      codes(g, "platforms", i.platforms());
    } else if (a instanceof OutreachInitiative) {
      g.writeNumberProperty("beneficiaries", ((OutreachInitiative) a).beneficiaries());
    } else if (a instanceof Campaign) {
      Campaign c = (Campaign) a;
      g.writeStringProperty("kind", c.kind().code());
      g.writeNumberProperty("participants", c.participants());
    } else {
      throw new IllegalArgumentException("Activity type not handled: " + a.getClass().getName());
    }
    g.writeEndObject();
  }

  /** Writes an audience snapshot as one JSON object. */
  static void write(JsonGenerator g, AudienceSnapshot s) {
    g.writeStartObject();
    g.writeStringProperty("type", Field.SNAPSHOT);
    g.writeStringProperty("platform", s.platform().code());
    g.writeStringProperty("account", s.account());
    g.writeStringProperty("date", s.date().toString());
    g.writeNumberProperty("followers", s.followers());
    optional(g, "posts", s.posts());
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  private static void optional(JsonGenerator g, String name, OptionalLong value) {
    if (value.isPresent()) {
      g.writeNumberProperty(name, value.getAsLong());
    }
  }

  private static <E extends Enum<E> & Labelled> void codes(JsonGenerator g, String name, Collection<E> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart(name);
    for (E e : new TreeSet<>(values)) {
      g.writeString(e.code());
    }
    g.writeEndArray();
  }
}
