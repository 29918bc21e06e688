/**
 * The data dictionary (数据字典): every field of the crm-core model, addressed by its dotted path in
 * the export format, tagged {@link org.crmkit.privacy.dictionary.Category#IDENTITY}, {@link
 * org.crmkit.privacy.dictionary.Category#PERSONAL}, {@link
 * org.crmkit.privacy.dictionary.Category#SENSITIVE} or {@link
 * org.crmkit.privacy.dictionary.Category#NON_PERSONAL}, with the {@link
 * org.crmkit.privacy.dictionary.FieldKind} that decides how a view masks or generalises it.
 *
 * <p>Deny by default: a path the dictionary does not know is {@code SENSITIVE}.
 */
package org.crmkit.privacy.dictionary;
