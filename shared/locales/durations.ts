// Spans of time said in words: "7 days", "1 hour and 30 minutes", "يومين". The units and their rounding come from
// shared/domain/format.ts; each unit is a plural string (`duration.<unit>`), so every language counts it its own way.
import { formatAnd, type TimeSpan } from '../domain/format';
import type { LanguageCode } from '../languages';

/** The translate function of the screens or of a printout (both i18next, set up by i18n-setup.ts). */
type Translate = (key: `duration.${TimeSpan[number]['unit']}`, options: { count: number }) => string;

export const sayDuration = (t: Translate, span: TimeSpan, language: LanguageCode): string =>
  formatAnd(
    span.map(({ unit, count }) => t(`duration.${unit}`, { count })),
    language,
  );
