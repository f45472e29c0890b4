import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../../shared/contract/operations';
import { useTopics } from '../../app/use-topics';
import { kiosk } from '../../kiosk-client';

type Progress = OperationOutput<'print.progress'>;
const POLL_MS = 1500;

/**
 * After "Delivery arrived": the pickup slips as they come out ("Printing slip 4 of 8"), then "All 8 printed",
 * or how many wait for the printer or failed (the print queue has them). Stops asking once nothing is pending.
 */
export function SlipProgress({ jobIds }: { jobIds: readonly string[] }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<Progress | null>(null);
  const pending = progress === null || progress.printing + progress.waiting > progress.stuck;
  // Each slip printed is pushed (topic `print`); asked every POLL_MS only while pushes are not arriving.
  const load = async (): Promise<void> => {
    if (jobIds.length === 0 || !pending) return;
    const result = await kiosk.call('print.progress', { jobIds: [...jobIds] });
    if (result.ok) setProgress(result.value);
  };
  useTopics(['print'], load, POLL_MS, { now: false });
  // A new delivery's slips: at once, not at the next push.
  useEffect(() => {
    void load();
  }, [jobIds]);
  if (jobIds.length === 0 || !progress) return null;
  const { total, done } = progress;
  const lines = [
    pending ? t('grocery.desk.slipsPrinting', { current: Math.min(done + 1, total), total }) : done === total ? t('grocery.desk.slipsDone', { count: total }) : t('grocery.desk.slipsPrinted', { done, total }),
    progress.stuck > 0 ? t('grocery.desk.slipsStuck', { count: progress.stuck }) : null,
    progress.failed > 0 ? t('grocery.desk.slipsFailed', { count: progress.failed }) : null,
  ].filter((line): line is string => line !== null);
  return (
    <div className="grocery-slip-progress" data-testid="slip-progress">
      <progress max={total} value={done} aria-label={t('grocery.desk.slipsProgress')} />
      <p role="status">{lines.join(' ')}</p>
    </div>
  );
}
