// What a patron brings to pay at pickup, part by part: SNAP (the EBT card) pays only for SNAP-eligible items,
// so a SNAP order with other items needs another way to pay for those. Pure: the screens, the receipt, the
// pickup slip and the desk all say the same.
import type { PaymentMethod, Totals } from './grocery-orders';
import type { LanguageCode } from '../languages';
import { formatMoney, formatOr } from './format';

/** One thing to bring: a way to pay and the (estimated) amount it covers; `other` lists the branch's other ways. */
export type BringPart = { way: PaymentMethod | 'other'; cents: number; ways: PaymentMethod[] };

export function whatToBring(totals: Pick<Totals, 'snapCents' | 'otherCents'>, payment: PaymentMethod, accepted: readonly PaymentMethod[]): BringPart[] {
  if (payment !== 'snap') return [{ way: payment, cents: totals.snapCents + totals.otherCents, ways: [payment] }];
  const parts: BringPart[] = [];
  if (totals.snapCents > 0) parts.push({ way: 'snap', cents: totals.snapCents, ways: ['snap'] });
  if (totals.otherCents > 0) parts.push({ way: 'other', cents: totals.otherCents, ways: accepted.filter((m) => m !== 'snap') });
  return parts;
}

/** A translate function, i18next's on screen and on paper alike. */
type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "Your EBT card for $14.27: the SNAP items" · "Another way to pay (card or cash) for $2.49: items SNAP does not cover". */
export function bringLine(part: BringPart, language: LanguageCode, t: Translate): string {
  const amount = formatMoney(part.cents, language);
  if (part.way !== 'other') return t(`grocery.bring.${part.way}`, { amount });
  if (part.ways.length === 0) return t('grocery.bring.other', { amount, context: 'noWays' });
  return t('grocery.bring.other', { amount, ways: formatOr(part.ways.map((way) => t(`grocery.bring.ways.${way}`)), language) });
}
