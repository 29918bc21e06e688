package org.crmkit.examples.demo;

/**
 * A generated name and the ASCII form used to make e-mail addresses from it.
 *
 * @param display the name as written, for example {@code 王伟} or {@code James Smith}
 * @param ascii a lower-case ASCII form, for example {@code wangwei} or {@code james.smith}
 */
record PersonName(String display, String ascii) {}
