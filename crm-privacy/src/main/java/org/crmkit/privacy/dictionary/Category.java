package org.crmkit.privacy.dictionary;

/**
 * The privacy category of a field, after seed 000's logical data model and PIPL art. 28.
 *
 * <p>Views treat the categories as follows: identity data is masked (standard view) or removed
 * (anonymous view); personal data is generalised; sensitive data is removed from every view but
 * the privacy officer's; non-personal data is shown.
 */
public enum Category {
  /** Identity data (显示身份): account number, name, phone, e-mail, ID number, address. */
  IDENTITY,
  /** Personal data (个人信息): age, birth date, income, region, habits, purchase history. */
  PERSONAL,
  /**
   * Sensitive personal data (敏感个人信息, PIPL art. 28): ethnicity, religion, health, financial
   * accounts, precise location, minors' data. Also every field nobody classified.
   */
  SENSITIVE,
  /** Data that is not about a person: codes, statuses, timestamps of records. */
  NON_PERSONAL
}
