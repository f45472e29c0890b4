import type { Platform } from './platform';

/** Demo PINs, printed on the console by `--demo` and never used outside a demo data directory. */
export const demoStaff = [
  { name: 'Avery', role: 'admin', pin: '111111' },
  { name: 'Lee', role: 'librarian', pin: '222222' },
  { name: 'Noor', role: 'nurse', pin: '333333' },
] as const;

export async function seedPlatformDemo(platform: Platform): Promise<string[]> {
  for (const member of demoStaff) await platform.staff.create({ ...member });
  const current = platform.settings.get();
  await platform.settings.update({
    ...current,
    branch: {
      ...current.branch,
      name: 'Eastside Branch Library',
      address: '400 Harbor Street, Springfield',
      phone: '(555) 010-4400',
      hours: 'Mon–Thu 10:00–20:00\nFri–Sat 10:00–17:00\nSun closed',
    },
  });
  await platform.settings.markDemo();
  return ['Demo data loaded. Staff (tap your name, then type the PIN):', ...demoStaff.map((m) => `  ${m.role.padEnd(9)} ${m.name.padEnd(6)} ${m.pin}`)];
}
