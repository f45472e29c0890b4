import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWallTime } from '../../../../shared/domain/format';
import { useShell } from '../../app/shell-context';

const QUARTERS = Array.from({ length: 96 }, (_, i) => `${String(Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}`);

/**
 * A wall time chosen from a list (quarter hours), so staff need no keyboard; `endOfDay` (a closing time) offers
 * 24:00, "the end of the day", instead of 00:00. A time off the grid (hours read from old text) stays offered.
 */
export function TimeSelect(props: { label: string; value: string; onChange: (value: string) => void; endOfDay?: boolean; from?: string; fullName?: string }) {
  const id = useId();
  const { t } = useTranslation();
  const { language } = useShell();
  const grid = (props.endOfDay ? [...QUARTERS.slice(1), '24:00'] : QUARTERS).filter((time) => props.from === undefined || time > props.from);
  const times = grid.includes(props.value) ? grid : [...grid, props.value].sort();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} aria-label={props.fullName} onChange={(e) => props.onChange(e.target.value)}>
        {times.map((time) => (
          <option key={time} value={time}>
            {time === '24:00' ? t('nurse.today.endOfDay') : formatWallTime(time, language)}
          </option>
        ))}
      </select>
    </div>
  );
}
