/**
 * The view engine: walks a profile, asks the plan of the view what to do with each field path and
 * writes the projection. Not API: other modules must not use this package; reads go through
 * {@link org.crmkit.privacy.access.PrivacyGateway}.
 */
package org.crmkit.privacy.internal;
