package org.crmkit.privacy.pseudonym;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;

/** Explicit keys per context. Thread-safe (immutable after construction). */
final class FixedKeySource implements KeySource {
  private final Map<String, byte[]> keys;

  FixedKeySource(Map<String, byte[]> keys) {
    Map<String, byte[]> copy = new HashMap<>();
    keys.forEach((context, key) -> {
      Keys.checkContext(context);
      Keys.checkKey("key", requireNonNull(key, "key"));
      copy.put(context, key.clone());
    });
    this.keys = Map.copyOf(copy);
  }

  @Override
  public byte[] key(String context) {
    Keys.checkContext(context);
    byte[] key = keys.get(context);
    if (key == null) {
      throw new KeyUnavailableException(context);
    }
    return key.clone();
  }

  @Override
  public String toString() {
    return "KeySource[" + keys.size() + " contexts, redacted]";
  }
}
