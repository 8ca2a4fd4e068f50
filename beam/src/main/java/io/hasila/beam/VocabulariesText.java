package io.hasila.beam;

import io.hasila.json.HasilaJson;
import io.hasila.model.Vocabularies;
import java.io.Serializable;

/** Vocabularies as their JSON document, to travel to the machines of a pipeline; equal when the documents are. */
final class VocabulariesText implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String json;
  private transient Vocabularies vocabularies;

  VocabulariesText(Vocabularies vocabularies) {
    this.json = HasilaJson.create().toJson(vocabularies);
    this.vocabularies = vocabularies;
  }

  Vocabularies get() {
    Vocabularies v = vocabularies;
    if (v == null) {
      v = HasilaJson.create().vocabulariesFromJson(json);
      vocabularies = v;
    }
    return v;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VocabulariesText && ((VocabulariesText) other).json.equals(json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }
}
