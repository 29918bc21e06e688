package org.crmkit.privacy.view;

/** The five kinds of view; {@link ViewSpec} adds the purpose or recipient. */
public enum ViewKind {
  /** Everyday view (标准视图). */
  STANDARD,
  /** Full personal data (个人数据视图), for the privacy officer. */
  PERSONAL,
  /** Anonymised view for analysis (匿名视图). */
  ANONYMOUS,
  /** Standard view without customers who opted out of a purpose (选退视图). */
  OPT_OUT,
  /** Selectively anonymised view for disclosure to a recipient (选择性匿名化视图). */
  SELECTIVE
}
