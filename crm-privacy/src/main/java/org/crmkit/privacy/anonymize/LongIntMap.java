package org.crmkit.privacy.anonymize;

import java.util.Arrays;

/**
 * Open-addressing map from {@code long} keys to dense ids {@code 0, 1, 2, …} in order of first
 * insertion: the group-by behind every lattice node. Not thread-safe.
 */
final class LongIntMap {
  private long[] keys;
  private int[] ids;
  private int size;
  private int mask;

  LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    keys = new long[cap];
    ids = new int[cap];
    Arrays.fill(ids, -1);
    mask = cap - 1;
  }

  /** Returns the id of a key, assigning the next one if it is new. */
  int idOf(long key) {
    int slot = mix(key) & mask;
    while (true) {
      int id = ids[slot];
      if (id < 0) {
        keys[slot] = key;
        ids[slot] = size;
        if (++size * 2 > keys.length) {
          grow();
        }
        return size - 1;
      }
      if (keys[slot] == key) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  int size() {
    return size;
  }

  void clear() {
    Arrays.fill(ids, -1);
    size = 0;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldIds = ids;
    keys = new long[oldKeys.length * 2];
    ids = new int[oldIds.length * 2];
    Arrays.fill(ids, -1);
    mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldIds[i] >= 0) {
        int slot = mix(oldKeys[i]) & mask;
        while (ids[slot] >= 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        ids[slot] = oldIds[i];
      }
    }
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
