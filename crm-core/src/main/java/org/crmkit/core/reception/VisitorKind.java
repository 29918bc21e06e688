package org.crmkit.core.reception;

/** What kind of visitor arrives at reception (seed 002, 接待管理 5). */
public enum VisitorKind {
  /** A first-time visitor who names no rep: served by the rotation. */
  NEW,
  /** A first-time visitor who asks for a rep by name (指定接待): goes to that rep, no turn used. */
  NAMED_REP,
  /** A returning customer (重新上门): goes to their rep and does not count as a turn. */
  RETURNING
}
