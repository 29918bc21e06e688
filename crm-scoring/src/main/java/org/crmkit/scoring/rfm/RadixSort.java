package org.crmkit.scoring.rfm;

import org.crmkit.core.CustomerId;

/**
 * Stable least-significant-digit radix sorts on primitive arrays, so ranking a million customers
 * needs no boxing, no comparator and no per-element allocation. Package-private; stateless.
 */
final class RadixSort {
  private static final int BITS = 8;
  private static final int BUCKETS = 1 << BITS;
  private static final int CHARS_PER_KEY = Long.SIZE / BITS;

  private RadixSort() {}

  /**
   * Sorts {@code keys} as unsigned longs, carrying {@code items} along, stably: equal keys keep
   * their relative order. Passes whose byte is the same for every key are skipped.
   *
   * @param keys the keys, reordered in place
   * @param items the payload, reordered in place with the keys
   * @param from the first position sorted
   * @param to one past the last position sorted
   */
  static void sort(long[] keys, int[] items, int from, int to) {
    int n = to - from;
    if (n < 2) {
      return;
    }
    int[][] counts = new int[CHARS_PER_KEY][BUCKETS];
    for (int i = from; i < to; i++) {
      long key = keys[i];
      for (int pass = 0; pass < CHARS_PER_KEY; pass++) {
        counts[pass][(int) (key >>> (pass * BITS)) & (BUCKETS - 1)]++;
      }
    }
    long[] keyBuffer = new long[n];
    int[] itemBuffer = new int[n];
    long[] keySource = keys;
    int[] itemSource = items;
    int sourceOffset = from;
    long[] keyTarget = keyBuffer;
    int[] itemTarget = itemBuffer;
    int targetOffset = 0;
    for (int pass = 0; pass < CHARS_PER_KEY; pass++) {
      int[] count = counts[pass];
      int shift = pass * BITS;
      if (count[(int) (keys[from] >>> shift) & (BUCKETS - 1)] == n) {
        continue; // every key has this byte: the pass would not move anything
      }
      int[] next = new int[BUCKETS];
      int position = targetOffset;
      for (int b = 0; b < BUCKETS; b++) {
        next[b] = position;
        position += count[b];
      }
      for (int i = sourceOffset; i < sourceOffset + n; i++) {
        long key = keySource[i];
        int at = next[(int) (key >>> shift) & (BUCKETS - 1)]++;
        keyTarget[at] = key;
        itemTarget[at] = itemSource[i];
      }
      long[] keySwap = keySource;
      keySource = keyTarget;
      keyTarget = keySwap;
      int[] itemSwap = itemSource;
      itemSource = itemTarget;
      itemTarget = itemSwap;
      int offsetSwap = sourceOffset;
      sourceOffset = targetOffset;
      targetOffset = offsetSwap;
    }
    if (keySource != keys) {
      System.arraycopy(keySource, sourceOffset, keys, from, n);
      System.arraycopy(itemSource, sourceOffset, items, from, n);
    }
  }

  /**
   * Returns a key whose unsigned order is {@link Double#compare}'s order of the values (so −0.0
   * sorts before 0.0, as in {@link java.util.Arrays#sort(double[])}).
   */
  static long unsignedKey(double value) {
    long bits = Double.doubleToLongBits(value);
    return (bits < 0 ? bits ^ Long.MAX_VALUE : bits) ^ Long.MIN_VALUE;
  }

  /**
   * Returns the indices of the customers in increasing id order ({@link CustomerId#compareTo},
   * which is {@link String#compareTo}): most-significant eight characters first, each further
   * group of eight only within runs that are still tied. Ids are ASCII (one byte per character)
   * and never contain U+0000, so padding a short id with zero bytes sorts it before its
   * extensions, as {@code String.compareTo} does. Equal ids end up adjacent.
   *
   * @param ids the ids' values
   * @return the order, a permutation of 0..n−1
   */
  static int[] orderById(String[] ids) {
    int n = ids.length;
    int[] order = new int[n];
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    sortById(ids, order, keys, 0, n, 0);
    return order;
  }

  private static void sortById(String[] ids, int[] order, long[] keys, int from, int to, int offset) {
    boolean anyLonger = false;
    for (int i = from; i < to; i++) {
      String id = ids[order[i]];
      keys[i] = chunk(id, offset);
      anyLonger |= id.length() > offset + CHARS_PER_KEY;
    }
    sort(keys, order, from, to);
    if (!anyLonger) {
      return; // ties left are equal ids
    }
    int start = from;
    for (int i = from + 1; i <= to; i++) {
      if (i == to || keys[i] != keys[start]) {
        if (i - start > 1) {
          sortById(ids, order, keys, start, i, offset + CHARS_PER_KEY);
        }
        start = i;
      }
    }
  }

  private static long chunk(String id, int offset) {
    long key = 0;
    int end = Math.min(id.length(), offset + CHARS_PER_KEY);
    int i = offset;
    for (; i < end; i++) {
      key = (key << BITS) | (id.charAt(i) & 0xFF);
    }
    return key << (BITS * (offset + CHARS_PER_KEY - Math.max(i, offset)));
  }
}
