import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { screenerQuestions } from '../../../../../shared/domain/nurse-screener';
import { useShell, visitFlags } from '../../../app/shell-context';
import { ErrorText } from '../../../components/ErrorText';
import { ChoiceCards } from '../../../flow/ChoiceCards';
import { StepLayout } from '../../../flow/StepLayout';
import { answerOf, reduceCheckIn, toggleAnswer } from './check-in-state';
import { checkIn, useNurseStatusRefresh, type CheckInFlow } from './parts';

/**
 * One screener question per screen, the answers as full-width cards. Tapping an answer of a one-answer question
 * moves on (the last one checks in); every question can be skipped; Back goes to the previous question.
 */
export function ScreenerStep({ flow }: { flow: CheckInFlow }) {
  const { t } = useTranslation();
  const shell = useShell();
  const closed = useNurseStatusRefresh();
  const [sending, setSending] = useState(false);
  const index = flow.data.question;
  const q = screenerQuestions[index] ?? screenerQuestions[0];
  const last = index === screenerQuestions.length - 1;
  const current = answerOf(flow.data.answers, index);

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
      title={t(`nurse.screener.questions.${q.id}.text`)}
      progress={t('nurse.screener.progress', { n: index + 1, total: screenerQuestions.length })}
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
        label={t(`nurse.screener.questions.${q.id}.text`)}
        multiple={q.multiple}
        choices={q.options.map((option) => ({ value: option, label: t(`nurse.screener.questions.${q.id}.options.${option}`) }))}
        selected={current}
        onChoose={(option) => (q.multiple ? flow.dispatch({ type: 'answer', values: toggleAnswer(current, option) }) : void advance([option]))}
      />
      <ErrorText error={flow.data.error} />
    </StepLayout>
  );
}
