package org.crmkit.core.customer;

/** The kind of customer (客户类型). */
public enum CustomerType {
  /** A private person (个人). */
  INDIVIDUAL,
  /** A company (企业). */
  ENTERPRISE,
  /** A public or non-profit institution (机构): school, hospital, agency. */
  INSTITUTION;

  /** Returns whether this type is an organisation, which has contacts rather than a birth date. */
  public boolean isOrganisation() {
    return this != INDIVIDUAL;
  }
}
