/**
 * Reports: {@link io.hasila.report.ReportContent} (what a report shows), {@link
 * io.hasila.report.ReportFormat} (text, Markdown, CSV, JSON, HTML), {@link
 * io.hasila.report.ReportLocale} (the language and digits, numbers and words) and {@link
 * io.hasila.report.Reports}, which renders them; {@link io.hasila.report.ImportReports} renders the
 * import report of a press text (hasila-press) with the same words and numbers.
 */
package io.hasila.report;
