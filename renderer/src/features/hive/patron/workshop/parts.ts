import type { WorkshopView } from '../../../../../../shared/contract/hive';
import type { Flow } from '../../../../flow/flow';
import type { useFormats } from '../../hive-format';
import { endOf, type WorkshopAction, type WorkshopData } from '../workshop-state';

export type WorkshopFlow = Flow<WorkshopData, WorkshopAction>;

/** Each date of a workshop as "Tuesday, December 8, 6:00 – 7:30 PM". */
export const datesOf = (w: WorkshopView, fmt: ReturnType<typeof useFormats>): string[] =>
  w.starts.map((s, i) => `${fmt.day(s)}, ${w.sessions[i]?.end ? fmt.timeRange(s, endOf(w, i)) : fmt.time(s)}`);
