import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShell } from '../../../../app/shell-context';
import { ErrorText } from '../../../../components/ErrorText';
import { ChoiceCards } from '../../../../flow/ChoiceCards';
import { StepLayout } from '../../../../flow/StepLayout';
import { kiosk } from '../../../../kiosk-client';
import type { MentorFlow } from './parts';
import { textIn } from '../../../../../../shared/localised-text';

/** Step 1: what the patron wants help with. Tapping an area moves on to the open times. */
export function HelpStep({ flow }: { flow: MentorFlow }) {
  const { t } = useTranslation();
  const { language } = useShell();
  const catalog = flow.data.catalog;
  useEffect(() => {
    if (!catalog) void kiosk.call('hive.catalog', {}).then((r) => flow.dispatch(r.ok ? { type: 'catalog', catalog: r.value } : { type: 'error', error: r.error }));
  }, []);
  const choose = (area: string) => {
    flow.dispatch({ type: 'area', area });
    flow.go('times');
  };
  return (
    <StepLayout title={t('hive.mentor.helpTitle')} main={flow.data.area ? { label: t('hive.next'), onPress: () => flow.go('times') } : null}>
      <ErrorText error={flow.data.error} />
      <ChoiceCards
        label={t('hive.mentor.helpTitle')}
        layout="grid"
        choices={(catalog?.areas ?? []).map((a) => ({ value: a.id, label: textIn(a.name, language) }))}
        selected={flow.data.area ? [flow.data.area] : []}
        onChoose={choose}
      />
    </StepLayout>
  );
}
