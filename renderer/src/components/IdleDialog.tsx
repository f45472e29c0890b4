import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

export function IdleDialog(props: { secondsLeft: number; onMoreTime: () => void; onFinish: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('idle.title')} onClose={props.onMoreTime} role="alertdialog">
      <p className="countdown" aria-live="polite">
        {t('idle.body', { count: props.secondsLeft })}
      </p>
      <div className="row">
        <button type="button" className="button primary" onClick={props.onMoreTime} autoFocus>
          {t('idle.moreTime')}
        </button>
        <button type="button" className="button secondary" onClick={props.onFinish}>
          {t('idle.finish')}
        </button>
      </div>
    </Dialog>
  );
}
