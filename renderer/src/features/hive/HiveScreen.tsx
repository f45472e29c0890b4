import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShell } from '../../app/shell-context';
import { Screen } from '../../components/Screen';
import { CancelFlow } from './CancelFlow';
import { MentorFlow } from './MentorFlow';
import { WorkshopFlow } from './WorkshopFlow';
import './hive.css';

/** The patron's Hive visit: one route, steps inside (meet a mentor, join a workshop, or cancel by slip code). */
export function HiveScreen() {
  const { t } = useTranslation();
  const shell = useShell();
  const [path, setPath] = useState<'start' | 'mentor' | 'workshop' | 'cancel'>('start');
  if (path === 'mentor') return <MentorFlow onBack={() => setPath('start')} />;
  if (path === 'workshop') return <WorkshopFlow onBack={() => setPath('start')} />;
  if (path === 'cancel') return <CancelFlow onBack={() => setPath('start')} />;
  return (
    <Screen
      title={t('hive.start.title')}
      actions={
        <button type="button" className="button secondary" onClick={() => shell.navigate('home')}>
          {t('home.back')}
        </button>
      }
    >
      <p>{t('hive.start.intro')}</p>
      <ul className="tiles">
        <li>
          <button type="button" className="tile" onClick={() => setPath('mentor')}>
            <span className="tile-title">{t('hive.start.mentor')}</span>
            <span className="tile-subtitle">{t('hive.start.mentorHint')}</span>
          </button>
        </li>
        <li>
          <button type="button" className="tile" onClick={() => setPath('workshop')}>
            <span className="tile-title">{t('hive.start.workshop')}</span>
            <span className="tile-subtitle">{t('hive.start.workshopHint')}</span>
          </button>
        </li>
        <li>
          <button type="button" className="tile" onClick={() => setPath('cancel')}>
            <span className="tile-title">{t('hive.cancel.tile')}</span>
            <span className="tile-subtitle">{t('hive.cancel.tileHint')}</span>
          </button>
        </li>
      </ul>
    </Screen>
  );
}
