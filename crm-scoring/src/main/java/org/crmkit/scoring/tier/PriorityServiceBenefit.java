package org.crmkit.scoring.tier;

/** Priority service (优先服务): a dedicated line, shorter queues. Immutable. */
public record PriorityServiceBenefit() implements Benefit {

  @Override
  public String describe() {
    return "priority service";
  }
}
