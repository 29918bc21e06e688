/**
 * Complaint handling (投诉处理, seeds 001, 003, 004): the state machine received → investigating →
 * responded → tracking → closed with reopen ({@link org.crmkit.core.complaint.ComplaintFlow}),
 * every transition recorded with actor and time ({@link org.crmkit.core.complaint.ComplaintCase}),
 * reply-due times from configurable service levels ({@link org.crmkit.core.complaint.ServiceLevels}),
 * overdue lists ({@link org.crmkit.core.complaint.ComplaintQueue}), service recovery (服务补救,
 * {@link org.crmkit.core.complaint.ServiceRecovery}) and the figures the KPIs and churn warnings
 * use ({@link org.crmkit.core.complaint.ComplaintFigures}). {@link
 * org.crmkit.core.complaint.ComplaintDesk} runs the workflow over the storage SPI. Time is always
 * passed in; nothing reads the wall clock.
 */
package org.crmkit.core.complaint;
