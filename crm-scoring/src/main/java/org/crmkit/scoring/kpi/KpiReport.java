package org.crmkit.scoring.kpi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The KPIs of one period {@code [from, to)}. Immutable.
 *
 * @param from the period start, included
 * @param to the period end, excluded
 * @param rates every proportion KPI (samples may be empty)
 * @param renewalByAmount the renewal rate by amount; empty when no renewal in the period had an
 *     amount due
 */
public record KpiReport(Instant from, Instant to, Map<Kpi, KpiValue> rates, Optional<AmountRate> renewalByAmount) {

  /**
   * Validates the report.
   *
   * @throws IllegalArgumentException if the period is empty or a KPI is missing
   */
  public KpiReport {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(renewalByAmount, "renewalByAmount");
    checkArgument(from.isBefore(to), "from must be before to but was %s >= %s", from, to);
    Map<Kpi, KpiValue> copy = new EnumMap<>(Kpi.class);
    copy.putAll(rates);
    checkArgument(copy.size() == Kpi.values().length, "rates must hold every KPI but held %s", copy.keySet());
    rates = Collections.unmodifiableMap(copy);
  }

  /**
   * Returns one KPI.
   *
   * @param kpi which
   * @return its value
   */
  public KpiValue get(Kpi kpi) {
    return rates.get(requireNonNull(kpi, "kpi"));
  }
}
