// CSV import and export of the referral directory. Import is all-or-nothing: one bad row and
// nothing changes; the nurse gets every problem by row and column.
import { FALLBACK_LANGUAGE, type LanguageCode } from '../../../shared/languages';
import { columnOf } from '../../../shared/localised-text';
import { csvColumnsFor, csvLanguages, resourceToRow, rowToResource, type Resource, type RowIssue } from '../../../shared/domain/nurse-directory';
import { KioskFailure } from '../../../shared/result';
import { parseCsv, toCsv } from '../platform/csv';

/** One row per resource, text columns for the languages given (the branch's offered ones). */
export function resourcesToCsv(resources: readonly Resource[], languages: readonly LanguageCode[]): string {
  const columns = csvColumnsFor(languages);
  return toCsv(columns, resources.map((r) => columns.map((c) => resourceToRow(r, languages)[c] ?? '')));
}

const MAX_ISSUES = 50;

/**
 * Parses and checks a whole file; throws `nurse.csv-invalid` with every problem, or returns the rows as resources
 * and the languages the file carries text for (a language without columns keeps what is stored).
 */
export function resourcesFromCsv(csv: string, newId: () => string): { resources: Resource[]; languages: LanguageCode[] } {
  const parsed = parseCsv(csv, { transformHeader: (h) => h.trim() });
  const issues: RowIssue[] = [];
  const fields = parsed.meta.fields ?? [];
  const languages = csvLanguages(fields);
  const textColumns = (languages.length > 0 ? languages : [FALLBACK_LANGUAGE]).flatMap((lang) => [columnOf('programme', lang), columnOf('helpsWith', lang)]);
  for (const required of ['category', 'organisation', ...textColumns]) {
    if (!fields.includes(required)) issues.push({ row: 1, column: required, code: 'missing-column' });
  }
  for (const error of parsed.errors) {
    issues.push({ row: (error.row ?? 0) + 2, column: '', code: 'csv-syntax' });
  }
  if (parsed.data.length === 0 && issues.length === 0) issues.push({ row: 2, column: '', code: 'no-rows' });
  const resources: Resource[] = [];
  const seen = new Map<string, number>();
  if (issues.length === 0) {
    parsed.data.forEach((row, index) => {
      const rowNumber = index + 2;
      const outcome = rowToResource(row, rowNumber, newId, languages);
      if ('issues' in outcome) {
        issues.push(...outcome.issues);
        return;
      }
      const earlier = seen.get(outcome.resource.id);
      if (earlier !== undefined) issues.push({ row: rowNumber, column: 'id', code: 'duplicate-id' });
      seen.set(outcome.resource.id, rowNumber);
      resources.push(outcome.resource);
    });
  }
  if (issues.length > 0) {
    const rows = [...new Set(issues.map((i) => i.row))];
    throw new KioskFailure(
      'nurse.csv-invalid',
      `The file has problems in ${rows.length} row(s); nothing was imported`,
      { count: rows.length, rows: rows.slice(0, 20).join(', ') },
      issues.slice(0, MAX_ISSUES).map((i) => ({ path: `${i.row}.${i.column}`, code: i.code })),
    );
  }
  return { resources, languages };
}
