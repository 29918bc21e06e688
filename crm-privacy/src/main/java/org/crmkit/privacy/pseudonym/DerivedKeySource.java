package org.crmkit.privacy.pseudonym;

import javax.crypto.Mac;

/** Derives per-context keys from a master key with HMAC-SHA-256. Thread-safe. */
final class DerivedKeySource implements KeySource {
  private final byte[] master;

  DerivedKeySource(byte[] master) {
    Keys.checkKey("masterKey", master);
    this.master = master.clone();
  }

  @Override
  public byte[] key(String context) {
    Keys.checkContext(context);
    Mac mac = Keys.mac(master);
    return mac.doFinal(Keys.utf8("crmkit/key/v1/" + context));
  }

  @Override
  public String toString() {
    return "KeySource[derived, redacted]";
  }
}
