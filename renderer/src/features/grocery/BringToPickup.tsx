// What to bring to pay at pickup, part by part ("Your EBT card for $14.27: the SNAP items", "Another way to pay
// (card or cash) for $2.49"), as on the receipt and the pickup slip: on each way to pay before it is chosen, and
// as a panel on the review and the confirmation.
import { useTranslation } from 'react-i18next';
import { bringLine, type BringPart } from '../../../../shared/domain/grocery-payment';
import { useShell } from '../../app/shell-context';

/** The parts as lines, for a way to pay not chosen yet (a payment choice card). */
export function BringLines({ parts }: { parts: readonly BringPart[] }) {
  const { t } = useTranslation();
  const { language } = useShell();
  return (
    <>
      {parts.map((part) => (
        <span key={part.way} className="grocery-bring-line">
          {bringLine(part, language, t)}
        </span>
      ))}
    </>
  );
}

export function BringToPickup({ parts }: { parts: readonly BringPart[] }) {
  const { t } = useTranslation();
  const { language } = useShell();
  if (parts.length === 0) return null;
  return (
    <section className="grocery-bring" aria-labelledby="grocery-bring-title" data-testid="grocery-bring">
      <h2 id="grocery-bring-title">{t('grocery.bring.title')}</h2>
      <ul>
        {parts.map((part) => (
          <li key={part.way}>{bringLine(part, language, t)}</li>
        ))}
        <li>{t('grocery.bring.bag')}</li>
      </ul>
      <p className="hint">{t('grocery.bring.estimate')}</p>
    </section>
  );
}
