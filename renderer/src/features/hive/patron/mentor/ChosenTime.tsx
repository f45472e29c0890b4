import { useTranslation } from 'react-i18next';
import { useShell } from '../../../../app/shell-context';
import { firstName, useFormats } from '../../hive-format';
import { mentorOf, type MentorFlow } from './parts';

/** "Your time: Monday, December 1, 10:00 AM with Maria." under the titles after the time is chosen. */
export function ChosenTime({ flow }: { flow: MentorFlow }) {
  const { t } = useTranslation();
  const shell = useShell();
  const fmt = useFormats(shell.language, shell.settings.timeZone);
  const chosen = flow.data.chosen;
  if (!chosen) return null;
  return <p className="hive-chosen">{t('hive.mentor.chosen', { when: fmt.dayTime(chosen.start), name: firstName(mentorOf(flow, chosen.mentorId)?.displayName ?? '') })}</p>;
}
