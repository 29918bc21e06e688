package org.crmkit.examples.demo;

/**
 * A generated organisation name and its e-mail domain.
 *
 * @param display the name as registered, for example {@code 深圳市华信科技有限公司}
 * @param domain the e-mail domain, for example {@code huaxin-tech.com.cn}
 */
record OrganisationName(String display, String domain) {}
