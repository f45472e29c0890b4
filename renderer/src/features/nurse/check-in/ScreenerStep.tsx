import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOfText, textIn } from '../../../../../shared/localised-text';
import { useShell, visitFlags } from '../../../app/shell-context';
import { ErrorText } from '../../../components/ErrorText';
import { ChoiceCards } from '../../../flow/ChoiceCards';
import { StepLayout } from '../../../flow/StepLayout';
import { answerOf, questionOf, reduceCheckIn, toggleAnswer } from './check-in-state';
import { checkIn, useNurseStatusRefresh, type CheckInFlow } from './parts';

/**
 * One screener question per screen, in the wording of the version the kiosk gave when the patron agreed (the
 * shipped plain-language one or a health department's approved one), the answers as full-width cards. Tapping an answer of a one-answer question
 * moves on (the last one checks in); every question can be skipped; Back goes to the previous question.
 */
export function ScreenerStep({ flow }: { flow: CheckInFlow }) {
  const { t } = useTranslation();
  const shell = useShell();
  const closed = useNurseStatusRefresh();
  const [sending, setSending] = useState(false);
  const index = flow.data.question;
  const definition = flow.data.definition;
  const q = questionOf(flow.data);
  const total = definition?.questions.length ?? 0;
  const last = index === total - 1;
  const current = answerOf(flow.data);
  // Consent fetched the definition before coming here; without one there is nothing to ask.
  if (!definition || !q) return null;
  const lang = shell.language;

  const advance = async (values: string[]) => {
    flow.dispatch({ type: 'answer', values });
    if (!last) return flow.dispatch({ type: 'question', index: index + 1 });
    // The kiosk cannot save now: the answer stays chosen, and the step says why nothing is sent.
    if (shell.readOnly) return;
    // The answers as they will be after this dispatch: the flow's own reducer says what they become.
    const answers = reduceCheckIn(flow.data, { type: 'answer', values }).answers;
    setSending(true);
    await checkIn(flow, shell.language, answers, closed, visitFlags(shell.visit));
    setSending(false);
  };

  return (
    <StepLayout
      key={q.id}
      title={textIn(q.text, lang)}
      titleLang={languageOfText(q.text, lang)}
      progress={t('nurse.screener.progress', { n: index + 1, total })}
      intro={q.multiple ? <p>{t('nurse.screener.chooseAll')}</p> : null}
      split
      className="nurse-question"
      saves={last}
      back={{ label: t('nurse.checkIn.back'), onPress: () => (index === 0 ? flow.back() : flow.dispatch({ type: 'question', index: index - 1 })) }}
      main={{
        label: current.length === 0 ? t('nurse.screener.skip') : last ? t('nurse.checkIn.finish') : t('nurse.checkIn.next'),
        onPress: () => void advance(current),
        busy: sending,
      }}
    >
      <ChoiceCards
        label={textIn(q.text, lang)}
        multiple={q.multiple}
        choices={q.options.map((option) => ({ value: option.value, label: textIn(option.label, lang), lang: languageOfText(option.label, lang) }))}
        selected={current}
        onChoose={(option) => (q.multiple ? flow.dispatch({ type: 'answer', values: toggleAnswer(q, current, option) }) : void advance([option]))}
      />
      <ErrorText error={flow.data.error} />
    </StepLayout>
  );
}
