import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicSettings, StaffSessionView } from '../../../shared/contract/platform';
import { FALLBACK_LANGUAGE, setNumberingSystems, type LanguageCode } from '../../../shared/languages';
import { staffRoles } from '../../../shared/roles';
import { IdleDialog } from '../components/IdleDialog';
import { KeyboardProvider } from '../components/keyboard-context';
import { OnScreenKeyboard } from '../components/OnScreenKeyboard';
import { ReadOnlyBanner } from '../components/ReadOnlyBanner';
import { TopBar } from '../components/TopBar';
import { features } from '../features';
import i18n from '../i18n';
import { kiosk, onCannotSave, onStaffSessionEnded } from '../kiosk-client';
import { AttractScreen } from '../screens/AttractScreen';
import { AuditScreen } from '../screens/AuditScreen';
import { ChangePinScreen } from '../screens/ChangePinScreen';
import { ComingSoonScreen, HomeScreen } from '../screens/HomeScreen';
import { SettingsScreen } from '../screens/SettingsScreen';
import { SetupScreen } from '../screens/SetupScreen';
import { StaffAdminScreen } from '../screens/StaffAdminScreen';
import { StaffHomeScreen } from '../screens/StaffHomeScreen';
import { StaffSignInScreen } from '../screens/StaffSignInScreen';
import type { RouteDef } from './routes';
import { ShellContext, type Route, type Shell, type VisitCarry } from './shell-context';
import { useIdle } from './use-idle';

const platformRoutes: RouteDef[] = [
  { id: 'attract', area: 'patron', component: AttractScreen },
  { id: 'home', area: 'patron', component: HomeScreen },
  { id: 'comingSoon', area: 'patron', component: ComingSoonScreen },
  { id: 'setup', area: 'patron', component: SetupScreen },
  { id: 'staff.signIn', area: 'patron', component: StaffSignInScreen },
  { id: 'staff.home', area: 'staff', roles: staffRoles, component: StaffHomeScreen },
  { id: 'staff.changePin', area: 'staff', roles: staffRoles, component: ChangePinScreen },
  { id: 'staff.settings', area: 'staff', roles: ['admin'], component: SettingsScreen },
  { id: 'staff.admin', area: 'staff', roles: ['admin'], component: StaffAdminScreen },
  { id: 'staff.audit', area: 'staff', roles: ['admin'], component: AuditScreen },
];

const routes = new Map<string, RouteDef>([...platformRoutes, ...features.flatMap((f) => f.routes)].map((r) => [r.id, r]));
const STAFF_IDLE_SECONDS = 5 * 60;

type Boot = { settings: PublicSettings; demo: boolean; setupRequired: boolean; readOnly: boolean };

function standaloneRoute(): RouteDef | undefined {
  return [...routes.values()].find((r) => r.area === 'standalone' && r.hash === window.location.hash);
}

export function App() {
  const { t } = useTranslation();
  const [boot, setBoot] = useState<Boot | null>(null);
  const [failed, setFailed] = useState(false);
  const [session, setSession] = useState<StaffSessionView | null>(null);
  const [route, setRoute] = useState<Route>({ id: 'attract' });
  const [assisting, setAssisting] = useState(false);
  const [visit, setVisit] = useState<VisitCarry | null>(null);
  // Changing the key remounts every patron screen: nothing they typed survives a reset.
  const [visitKey, setVisitKey] = useState(0);
  const [language, setLanguageState] = useState<LanguageCode>(FALLBACK_LANGUAGE);
  const [largeText, setLargeText] = useState(false);
  const [highContrast, setHighContrast] = useState(false);
  const [standalone, setStandalone] = useState(standaloneRoute);
  // A second screen may be switched to the lobby display by URL hash without a reload.
  useEffect(() => {
    const onHash = () => setStandalone(standaloneRoute());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const setLanguage = useCallback((code: LanguageCode) => {
    setLanguageState(code);
    void i18n.changeLanguage(code);
  }, []);

  const refresh = useCallback(async () => {
    const result = await kiosk.call('kiosk.bootstrap', {});
    if (!result.ok) {
      setFailed(true);
      return;
    }
    const { session: current, ...rest } = result.value;
    // Dates, money and counts on screen use the digits the branch chose.
    setNumberingSystems(rest.settings.numberingSystems);
    setBoot(rest);
    setSession(current);
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);
  // A refused save (disk full) brings the read-only banner up at once, not at the next poll.
  useEffect(() => onCannotSave(() => void refresh()), [refresh]);
  // While read-only, look again often, so the banner goes as soon as the kiosk can save.
  useEffect(() => {
    if (!boot?.readOnly) return;
    const timer = setInterval(() => void refresh(), 15_000);
    return () => clearInterval(timer);
  }, [boot?.readOnly, refresh]);

  // Settings changed at another desk reach an idle kiosk without a restart.
  useEffect(() => {
    if (route.id !== 'attract') return;
    const timer = setInterval(() => void refresh(), 30_000);
    return () => clearInterval(timer);
  }, [route.id, refresh]);

  useEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
    document.documentElement.classList.toggle('high-contrast', highContrast);
  }, [largeText, highContrast]);

  const defaultLanguage = boot?.settings.defaultLanguage ?? FALLBACK_LANGUAGE;
  useEffect(() => {
    setLanguage(defaultLanguage);
  }, [defaultLanguage, setLanguage]);

  const sessionRef = useRef(session);
  sessionRef.current = session;

  const resetVisit = useCallback(() => {
    // The end of a visit ends an assisted session too: the next patron must not act under a librarian's name.
    if (sessionRef.current) {
      void kiosk.call('staff.signOut', {});
      setSession(null);
    }
    setVisitKey((k) => k + 1);
    setVisit(null);
    setRoute({ id: 'attract' });
    setAssisting(false);
    setLargeText(false);
    setHighContrast(false);
    setLanguage(defaultLanguage);
  }, [defaultLanguage, setLanguage]);

  const signOut = useCallback(async () => {
    await kiosk.call('staff.signOut', {});
    sessionRef.current = null;
    setSession(null);
    resetVisit();
  }, [resetVisit]);

  // The backend ended the staff session (5 minutes idle, role changed): back to the PIN pad.
  useEffect(
    () =>
      onStaffSessionEnded(() => {
        setSession((current) => {
          if (current) setRoute({ id: 'staff.signIn' });
          return null;
        });
      }),
    [],
  );

  const shell = useMemo<Shell | null>(
    () =>
      boot && {
        ...boot,
        session,
        assisting,
        route,
        visit,
        continueVisit: (id, carry) => {
          setVisit(carry);
          setRoute({ id });
          window.scrollTo(0, 0);
        },
        navigate: (id, params) => {
          if (id === 'staff.home') setAssisting(false);
          // Home starts over: nothing typed for one service is offered to the next.
          if (id === 'home' || id === 'attract') setVisit(null);
          setRoute({ id, params });
          window.scrollTo(0, 0);
        },
        refresh,
        setSession,
        startAssist: () => {
          setAssisting(true);
          setVisitKey((k) => k + 1);
          setRoute({ id: 'home' });
        },
        signOut,
        resetVisit,
        language,
        setLanguage,
        largeText,
        setLargeText,
        highContrast,
        setHighContrast,
      },
    [boot, session, assisting, route, visit, refresh, signOut, resetVisit, language, setLanguage, largeText, highContrast],
  );

  const def = routes.get(route.id) ?? routes.get('attract');
  const staffArea = def?.area === 'staff';
  const idleEnabled = !standalone && route.id !== 'attract';
  const idle = useIdle({
    enabled: idleEnabled,
    timeoutSeconds: session ? STAFF_IDLE_SECONDS : (boot?.settings.idleTimeoutSeconds ?? 90),
    warningSeconds: boot?.settings.idleWarningSeconds ?? 30,
    onTimeout: () => {
      if (session) void signOut();
      else resetVisit();
    },
  });

  if (failed) {
    return (
      <main className="screen">
        <h1>{t('errors.network')}</h1>
      </main>
    );
  }
  if (!shell || !def) return null;

  if (standalone) {
    const Standalone = standalone.component;
    return (
      <ShellContext.Provider value={shell}>
        <Standalone />
      </ShellContext.Provider>
    );
  }

  // A staff screen without the right role (session ended, role changed) falls back to sign-in;
  // a PIN from before 6 digits were required opens nothing but the PIN change.
  const allowed = !staffArea || (session !== null && (def.roles ?? []).includes(session.role));
  const Current = !allowed ? StaffSignInScreen : staffArea && session?.mustChangePin ? ChangePinScreen : def.component;
  return (
    <ShellContext.Provider value={shell}>
      <KeyboardProvider key={visitKey}>
        <div className={`app ${staffArea ? 'staff-mode' : 'patron-mode'}`}>
          <TopBar />
          {boot?.readOnly ? <ReadOnlyBanner /> : null}
          {/* Some staff screens load as their own chunk (Impact and its charting library). */}
          <Suspense fallback={<p role="status">{t('staff.loading')}</p>}>
            <Current key={`${route.id}:${visitKey}`} />
          </Suspense>
          <OnScreenKeyboard />
        </div>
        {idle.secondsLeft !== null ? (
          <IdleDialog
            secondsLeft={idle.secondsLeft}
            onMoreTime={idle.stillHere}
            onFinish={() => {
              idle.stillHere();
              if (session) void signOut();
              else resetVisit();
            }}
          />
        ) : null}
      </KeyboardProvider>
    </ShellContext.Provider>
  );
}
