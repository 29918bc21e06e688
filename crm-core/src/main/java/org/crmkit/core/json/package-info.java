/**
 * JSON for the crm-core model through Jackson, an optional dependency: {@link
 * org.crmkit.core.json.CrmJsonModule} for a host's own mapper, {@link org.crmkit.core.json.CrmJson}
 * for a ready-made mapper and one-line conversions, and {@link org.crmkit.core.json.CustomerExport}
 * for the documented export format {@code crmkit-export/1}, whole or streamed.
 *
 * <p>The model carries no Jackson annotations; everything Jackson-specific lives in this package.
 * Reading always goes through the records' canonical constructors, and every failure is a {@link
 * org.crmkit.core.json.JsonFormatException} that names line, column and JSON path but never the
 * offending value.
 */
package org.crmkit.core.json;
