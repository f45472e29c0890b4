import type { Flow } from '../../../../flow/flow';
import { kiosk } from '../../../../kiosk-client';
import type { MentorAction, MentorData } from '../mentor-state';
import type { LanguageCode } from '../../../../../../shared/languages';
import { textIn } from '../../../../../../shared/localised-text';

export type MentorFlow = Flow<MentorData, MentorAction>;

/** The open times for the patron's choices (area, mentor or first available, language). */
export async function loadTimes(flow: MentorFlow): Promise<void> {
  const { mode, mentorId, area, speaks, limit } = flow.data;
  if (mode === 'mentor' && !mentorId) {
    flow.dispatch({ type: 'slots', slots: null });
    return;
  }
  const r = await kiosk.call('hive.openTimes', { area: area || undefined, mentorId: mode === 'mentor' ? mentorId : undefined, language: speaks === 'any' ? undefined : speaks, limit });
  flow.dispatch(r.ok ? { type: 'slots', slots: r.value } : { type: 'error', error: r.error });
}

export const mentorOf = (flow: MentorFlow, id: string | undefined) => flow.data.catalog?.mentors.find((m) => m.id === id);

export function areaName(flow: MentorFlow, language: LanguageCode): string {
  const a = flow.data.catalog?.areas.find((x) => x.id === flow.data.area);
  return a ? textIn(a.name, language) : flow.data.area;
}
