package org.crmkit.privacy.dictionary;

/**
 * What a field holds, which decides how a view masks or generalises it. The {@link Category}
 * decides whether it is masked, generalised, removed or shown; the kind decides how.
 */
public enum FieldKind {
  /** The customer's id and fields that repeat it: kept, or replaced by a keyed pseudonym. */
  CUSTOMER_KEY,
  /** A reference into another system (order, contract, event, interaction id). */
  REFERENCE,
  /** A person's or organisation's name: masked to its first character. */
  PERSON_NAME,
  /** A phone number: a Chinese mobile keeps its first 3 and last 4 digits. */
  PHONE,
  /** An e-mail address: the local part keeps its first character, the domain is kept. */
  EMAIL,
  /** An identity document number: keeps its first character and last two. */
  ID_NUMBER,
  /** A bank card or account number: keeps its first 4 and last 4 digits. */
  BANK_CARD,
  /** Street, number, building and unit: removed outside the personal view. */
  STREET,
  /** A postal code: removed outside the personal view. */
  POSTAL_CODE,
  /**
   * A region path {@code COUNTRY[/PROVINCE[/CITY]]}: city level at most, so the standard view
   * keeps it (an address keeps only its city); generalising goes one level up.
   */
  REGION,
  /** A birth date: generalised to the year. */
  BIRTH_DATE,
  /** An age in years: generalised to a ten-year band. */
  AGE,
  /** An amount of money: generalised to an order-of-magnitude band. */
  MONEY,
  /** A yearly income: generalised to an income band. */
  INCOME,
  /** Another number: generalised to an order-of-magnitude band. */
  NUMBER,
  /** A score on a small fixed scale (NPS 0–10, CSAT 1–5): already coarse, kept. */
  SCORE,
  /** A calendar date: generalised to the month. */
  DATE,
  /** An instant: generalised to the month. */
  TIMESTAMP,
  /** A duration. */
  DURATION,
  /** A yes/no flag. */
  FLAG,
  /** A code from a closed or open vocabulary (enum names, industry, purpose codes). */
  CODE,
  /** A short label chosen by staff (tag, job title, company): kept in the standard view. */
  LABEL,
  /** Free text (complaint content, notes, comments): removed outside the personal view. */
  FREE_TEXT,
  /** Nothing is known about the field: treated as free text. */
  UNKNOWN
}
