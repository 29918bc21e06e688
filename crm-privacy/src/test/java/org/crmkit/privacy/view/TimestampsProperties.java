package org.crmkit.privacy.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Timestamps#format} writes exactly what {@link Instant#toString()} writes. */
class TimestampsProperties {

  @Property(tries = 2000)
  void formatEqualsToString(@ForAll("instants") Instant instant) {
    assertEquals(instant.toString(), Timestamps.format(instant));
  }

  @Example
  void format_edgesOfTheFastRange_equalsToString() {
    for (Instant i : new Instant[] {Instant.MIN, Instant.MAX, Instant.EPOCH, Instant.ofEpochSecond(-1),
        Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("-0001-12-31T23:59:59.999999999Z"),
        Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
        Instant.parse("2000-02-29T12:00:00.100Z"), Instant.parse("1900-03-01T00:00:00.000001Z")}) {
      assertEquals(i.toString(), Timestamps.format(i));
    }
  }

  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Long> seconds = Arbitraries.oneOf(
        Arbitraries.longs().between(-62_167_219_200L - 86_400L, 253_402_300_800L + 86_400L),
        Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
        Arbitraries.longs().between(1_500_000_000L, 1_900_000_000L));
    Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0),
        Arbitraries.integers().between(0, 999).map(n -> n * 1_000_000),
        Arbitraries.integers().between(0, 999_999).map(n -> n * 1_000),
        Arbitraries.integers().between(0, 999_999_999));
    return seconds.flatMap(s -> nanos.map(n -> Instant.ofEpochSecond(s, n)));
  }

  @Example
  void format_null_throwsNamingTheParameter() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Timestamps.format(null));
    assertEquals("instant", e.getMessage());
  }
}
