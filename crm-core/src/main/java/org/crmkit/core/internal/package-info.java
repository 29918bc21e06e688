/** Implementation helpers of crm-core; not API, and not used from other modules. */
package org.crmkit.core.internal;
