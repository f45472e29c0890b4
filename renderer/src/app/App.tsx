import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffSessionView } from '../../../shared/contract/platform';
import { FALLBACK_LANGUAGE, setNumberingSystems, type LanguageCode } from '../../../shared/languages';
import { staffRoles } from '../../../shared/roles';
import { IdleDialog } from '../components/IdleDialog';
import { KeyboardProvider } from '../components/keyboard-context';
import { OnScreenKeyboard } from '../components/OnScreenKeyboard';
import { ReadOnlyBanner } from '../components/ReadOnlyBanner';
import { TopBar } from '../components/TopBar';
import { features } from '../features';
import { ReadAloudProvider } from '../speech/read-aloud';
import { currentLanguage, switchLanguage } from '../i18n';
import { ConnectScreen } from '../branch/ConnectScreen';
import { ConnectionBanner } from '../branch/ConnectionBanner';
import { kiosk, onCannotSave, onDeviceRefused, onStaffSessionEnded, onTopics, type DeviceRefusal } from '../kiosk-client';
import { AttractScreen } from '../screens/AttractScreen';
import { ComingSoonScreen, HomeScreen } from '../screens/HomeScreen';
import { lastBoot, rememberBoot, type Boot } from './boot-cache';
import { lazyScreen } from './lazy-screen';
import type { RouteDef } from './routes';
import { ShellContext, type Route, type Shell, type VisitCarry } from './shell-context';
import { useIdle } from './use-idle';

// Staff screens load on first use; the attract and home screens come with the app.
const AuditScreen = lazyScreen(() => import('../screens/AuditScreen'), 'AuditScreen');
const ChangePinScreen = lazyScreen(() => import('../screens/ChangePinScreen'), 'ChangePinScreen');
const SettingsScreen = lazyScreen(() => import('../screens/SettingsScreen'), 'SettingsScreen');
const SetupScreen = lazyScreen(() => import('../screens/SetupScreen'), 'SetupScreen');
const StaffAdminScreen = lazyScreen(() => import('../screens/StaffAdminScreen'), 'StaffAdminScreen');
const StaffHomeScreen = lazyScreen(() => import('../screens/StaffHomeScreen'), 'StaffHomeScreen');
const StaffSignInScreen = lazyScreen(() => import('../screens/StaffSignInScreen'), 'StaffSignInScreen');
const DevicesScreen = lazyScreen(() => import('../branch/DevicesScreen'), 'DevicesScreen');

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
  { id: 'staff.devices', area: 'staff', roles: ['admin'], component: DevicesScreen },
];

const routes = new Map<string, RouteDef>([...platformRoutes, ...features.flatMap((f) => f.routes)].map((r) => [r.id, r]));
const STAFF_IDLE_SECONDS = 5 * 60;

/** Where a screen starts and returns after a visit: staff devices at sign-in, the rest at the attract screen. */
const homeRouteOf = (device: Boot['device']): string => (device?.role === 'desk' || device?.role === 'nurse-station' ? 'staff.signIn' : 'attract');
const displayRoute = (): RouteDef | undefined => [...routes.values()].find((r) => r.area === 'standalone');

function standaloneRoute(): RouteDef | undefined {
  return [...routes.values()].find((r) => r.area === 'standalone' && r.hash === window.location.hash);
}

export function App() {
  const { t } = useTranslation();
  // The attract screen paints at once from the settings the last start saw; the bootstrap call then replaces them.
  const [boot, setBoot] = useState<Boot | null>(lastBoot);
  const [failed, setFailed] = useState(false);
  const [refusal, setRefusal] = useState<DeviceRefusal | null>(null);
  const [session, setSession] = useState<StaffSessionView | null>(null);
  const [route, setRoute] = useState<Route>({ id: 'attract' });
  const [assisting, setAssisting] = useState(false);
  const [visit, setVisit] = useState<VisitCarry | null>(null);
  const [visitSlips, setVisitSlips] = useState<readonly string[]>([]);
  // Changing the key remounts every patron screen: nothing they typed survives a reset.
  const [visitKey, setVisitKey] = useState(0);
  const [language, setLanguageState] = useState<LanguageCode>(currentLanguage);
  const [largeText, setLargeText] = useState(false);
  const [highContrast, setHighContrast] = useState(false);
  const [standalone, setStandalone] = useState(standaloneRoute);
  // A second screen may be switched to the lobby display by URL hash without a reload.
  useEffect(() => {
    const onHash = () => setStandalone(standaloneRoute());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // A language already loaded switches at once (in the tap's own frame); another gives a promise that resolves once
  // its strings are loaded and shown, so a caller that navigates after it paints the next screen in that language.
  const setLanguage = useCallback((code: LanguageCode): Promise<void> | undefined => {
    const loading = switchLanguage(code);
    if (!loading) {
      setLanguageState(code);
      return undefined;
    }
    return loading.then(() => {
      // A later pick that finished first wins: the state follows i18next.
      setLanguageState(currentLanguage());
    });
  }, []);

  const refresh = useCallback(async () => {
    const result = await kiosk.call('kiosk.bootstrap', {});
    if (!result.ok) {
      // An unknown or removed device gets the connect screen (through onDeviceRefused), not an error.
      if (result.error.code !== 'device-unpaired' && result.error.code !== 'device-revoked') setFailed(true);
      return;
    }
    setFailed(false);
    const { session: current, ...rest } = result.value;
    // Dates, money and counts on screen use the digits the branch chose.
    setNumberingSystems(rest.settings.numberingSystems);
    rememberBoot(rest);
    setBoot(rest);
    setSession(current);
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(() => onDeviceRefused(setRefusal), []);
  // A host that did not answer at start is asked again until it does.
  useEffect(() => {
    if (!failed) return;
    const timer = setInterval(() => void refresh(), 3000);
    return () => clearInterval(timer);
  }, [failed, refresh]);
  // A refused save (disk full) brings the read-only banner up at once, not at the next poll.
  useEffect(() => onCannotSave(() => void refresh()), [refresh]);
  // While read-only, look again often, so the banner goes as soon as the kiosk can save.
  useEffect(() => {
    if (!boot?.readOnly) return;
    const timer = setInterval(() => void refresh(), 15_000);
    return () => clearInterval(timer);
  }, [boot?.readOnly, refresh]);

  // Settings changed at another desk reach an idle kiosk without a restart: pushed, or looked up every 30 s.
  useEffect(() => {
    if (route.id !== 'attract') return;
    const timer = setInterval(() => void refresh(), 30_000);
    const stop = onTopics((topics) => {
      if (topics.includes('settings')) void refresh();
    });
    return () => {
      clearInterval(timer);
      stop();
    };
  }, [route.id, refresh]);
  // A staff device (desk, nurse station) starts at sign-in rather than the patron's attract screen.
  const homeRoute = homeRouteOf(boot?.device ?? null);
  useEffect(() => {
    setRoute((current) => (current.id === 'attract' && homeRoute !== 'attract' ? { id: homeRoute } : current));
  }, [homeRoute]);

  useEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
    document.documentElement.classList.toggle('high-contrast', highContrast);
  }, [largeText, highContrast]);

  const defaultLanguage = boot?.settings.defaultLanguage ?? FALLBACK_LANGUAGE;
  useEffect(() => {
    void setLanguage(defaultLanguage);
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
    setVisitSlips([]);
    setRoute({ id: homeRoute });
    setAssisting(false);
    setLargeText(false);
    setHighContrast(false);
    void setLanguage(defaultLanguage);
  }, [defaultLanguage, setLanguage, homeRoute]);

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
        visitSlips,
        addVisitSlip: (ref) => setVisitSlips((refs) => (refs.includes(ref) ? refs : [...refs, ref])),
        navigate: (id, params) => {
          if (id === 'staff.home') setAssisting(false);
          // Home starts over: nothing typed for one service is offered to the next.
          if (id === 'home' || id === 'attract') {
            setVisit(null);
            setVisitSlips([]);
          }
          setRoute({ id, params });
          window.scrollTo(0, 0);
        },
        refresh,
        setSession,
        startAssist: () => {
          setAssisting(true);
          setVisitKey((k) => k + 1);
          setVisitSlips([]);
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
    [boot, session, assisting, route, visit, visitSlips, refresh, signOut, resetVisit, language, setLanguage, largeText, highContrast],
  );

  const def = routes.get(route.id) ?? routes.get('attract');
  const staffArea = def?.area === 'staff';
  const idleEnabled = !standalone && boot?.device?.role !== 'display' && route.id !== homeRoute;
  const idle = useIdle({
    enabled: idleEnabled,
    timeoutSeconds: session ? STAFF_IDLE_SECONDS : (boot?.settings.idleTimeoutSeconds ?? 90),
    warningSeconds: boot?.settings.idleWarningSeconds ?? 30,
    onTimeout: () => {
      if (session) void signOut();
      else resetVisit();
    },
  });

  if (refusal) {
    // Touch alone must do: the code is typed on the built-in keypad.
    return (
      <ShellContext.Provider value={shell}>
        <KeyboardProvider>
          <div className="app patron-mode">
            <ConnectScreen
              refusal={refusal}
              onPaired={() => {
                setRefusal(null);
                void refresh();
              }}
            />
            <OnScreenKeyboard />
          </div>
        </KeyboardProvider>
      </ShellContext.Provider>
    );
  }
  if (failed) {
    return (
      <>
        <ConnectionBanner />
        <main className="screen">
          <h1>{t('errors.network')}</h1>
        </main>
      </>
    );
  }
  if (!shell || !def) return null;

  // A paired display shows the numbers-only display and nothing else, whatever its address says.
  const shown = boot?.device?.role === 'display' ? displayRoute() : standalone;
  if (shown) {
    const Standalone = shown.component;
    return (
      <ShellContext.Provider value={shell}>
        <ConnectionBanner />
        <Suspense fallback={null}>
          <Standalone />
        </Suspense>
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
        {/* Keyed by the visit like the keyboard: read-aloud stays on for the visit and is off after the idle reset. */}
        <ReadAloudProvider key={visitKey}>
          <div className={`app ${staffArea ? 'staff-mode' : 'patron-mode'}`}>
            <TopBar />
            <ConnectionBanner />
            {boot?.readOnly ? <ReadOnlyBanner /> : null}
            {/* A screen's chunk loads on its first use (a few ms from the app's own files): the bar stays meanwhile. */}
            <Suspense fallback={null}>
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
        </ReadAloudProvider>
      </KeyboardProvider>
    </ShellContext.Provider>
  );
}
