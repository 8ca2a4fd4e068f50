package io.hasila.opendata;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Expands JSON-LD with Titanium, a JSON-LD 1.1 processor, and a document loader that serves the
 * bundled contexts and refuses every other URL: the tests never touch the network.
 */
final class Expansion {
  static final String AS = "https://www.w3.org/ns/activitystreams#";
  static final String SCHEMA = "http://schema.org/";
  static final String HASILA = "https://hasila.io/ns#";

  private static final Map<String, String> BUNDLED =
      Map.of(
          "https://www.w3.org/ns/activitystreams", "context/activitystreams.jsonld",
          "https://schema.org", "context/schema.org.jsonld",
          "https://schema.org/", "context/schema.org.jsonld");

  /** Serves the bundled contexts; any other URL is refused. */
  static final DocumentLoader OFFLINE =
      new DocumentLoader() {
        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
          String resource = BUNDLED.get(url.toString());
          if (resource == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "no network in tests: " + url);
          }
          try (InputStream in = ActivityStreams.class.getResourceAsStream(resource)) {
            if (in == null) {
              throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "not bundled: " + resource);
            }
            Document d = JsonDocument.of(MediaType.JSON_LD, in);
            d.setDocumentUrl(url);
            return d;
          } catch (java.io.IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e.getMessage());
          }
        }
      };

  private static final jakarta.json.spi.JsonProvider PROVIDER = jakarta.json.spi.JsonProvider.provider();

  private Expansion() {}

  /** The expanded form of a JSON-LD document. */
  static JsonArray expand(String document) {
    try {
      JsonDocument d = JsonDocument.of(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
      return JsonLd.expand(d).loader(OFFLINE).get();
    } catch (JsonLdError e) {
      throw new AssertionError("the document does not expand: " + e.getMessage(), e);
    }
  }

  /** The parsed JSON of a document, as Jakarta JSON. */
  static JsonObject parse(String document) {
    try (jakarta.json.JsonReader r = PROVIDER.createReader(new java.io.StringReader(document))) {
      return r.readObject();
    }
  }

  /** How many properties the node objects under {@code v} have, {@code @context} left out, recursively. */
  static int properties(JsonValue v) {
    int n = 0;
    if (v instanceof JsonArray) {
      for (JsonValue item : (JsonArray) v) {
        n += properties(item);
      }
    } else if (v instanceof JsonObject) {
      JsonObject o = (JsonObject) v;
      if (o.containsKey("@value") || (o.size() == 1 && o.containsKey("@id"))) {
        return 0; // a literal or a reference, not a node with properties
      }
      if (o.containsKey("@list")) {
        return properties(o.get("@list"));
      }
      for (Map.Entry<String, JsonValue> e : o.entrySet()) {
        if (!e.getKey().equals("@context")) {
          n++;
          n += properties(e.getValue());
        }
      }
    }
    return n;
  }

  /**
   * Every key of the node objects under {@code v} that is neither a keyword nor an absolute http(s)
   * IRI, and every {@code @id} or {@code @type} that is not an http(s) or URN IRI.
   */
  static List<String> unexpanded(JsonValue v) {
    List<String> out = new ArrayList<>();
    collect(v, out);
    return out;
  }

  private static void collect(JsonValue v, List<String> out) {
    if (v instanceof JsonArray) {
      for (JsonValue item : (JsonArray) v) {
        collect(item, out);
      }
    } else if (v instanceof JsonObject) {
      for (Map.Entry<String, JsonValue> e : ((JsonObject) v).entrySet()) {
        String k = e.getKey();
        if (!k.startsWith("@") && !(k.startsWith("http://") || k.startsWith("https://"))) {
          out.add(k);
        }
        if (k.equals("@id") || k.equals("@type")) {
          List<JsonValue> iris = new ArrayList<>();
          if (e.getValue() instanceof JsonArray) {
            iris.addAll((JsonArray) e.getValue());
          } else {
            iris.add(e.getValue());
          }
          for (JsonValue iri : iris) {
            String s = ((jakarta.json.JsonString) iri).getString();
            if (!(s.startsWith("http://") || s.startsWith("https://") || s.startsWith("urn:"))) {
              out.add(k + " " + s);
            }
          }
        }
        collect(e.getValue(), out);
      }
    }
  }

  /** The IRIs of a node's {@code @type}. */
  static List<String> types(JsonObject node) {
    List<String> out = new ArrayList<>();
    JsonArray types = node.getJsonArray("@type");
    if (types != null) {
      for (JsonValue t : types) {
        out.add(((jakarta.json.JsonString) t).getString());
      }
    }
    return out;
  }

  /** The first value object or node of a property of an expanded node. */
  static JsonObject first(JsonObject node, String iri) {
    JsonArray values = node.getJsonArray(iri);
    if (values == null || values.isEmpty()) {
      throw new AssertionError("no " + iri + " in " + node);
    }
    return values.getJsonObject(0);
  }
}
