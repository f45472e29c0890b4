import { languageCodes } from '../../../shared/languages';
import type { Platform } from './platform';

/** Demo PINs, printed on the console by `--demo` and never used outside a demo data directory. */
export const demoStaff = [
  { name: 'Avery', role: 'admin', pin: '111111' },
  { name: 'Lee', role: 'librarian', pin: '222222' },
  { name: 'Noor', role: 'nurse', pin: '333333' },
  // Partners: read-only figures of their own program (the grocer, the university, the health department).
  { name: 'Gus', role: 'grocery-partner', pin: '444444' },
  { name: 'Uma', role: 'hive-partner', pin: '555555' },
  { name: 'Hana', role: 'nurse-partner', pin: '666666' },
] as const;

export async function seedPlatformDemo(platform: Platform): Promise<string[]> {
  for (const member of demoStaff) await platform.staff.create({ ...member });
  const current = platform.settings.get();
  await platform.settings.update({
    ...current,
    // The demo offers every language the app ships.
    languages: [...languageCodes],
    branch: {
      ...current.branch,
      name: 'Eastside Branch Library',
      address: '400 Harbor Street, Springfield',
      phone: '(555) 010-4400',
      hours: {
        en: 'Mon–Thu 10:00–20:00\nFri–Sat 10:00–17:00\nSun closed',
        es: 'Lun–Jue 10:00–20:00\nVie–Sáb 10:00–17:00\nDom cerrado',
        ar: 'الاثنين–الخميس 10:00–20:00\nالجمعة–السبت 10:00–17:00\nالأحد مغلق',
        vi: 'Thứ Hai–Thứ Năm 10:00–20:00\nThứ Sáu–Thứ Bảy 10:00–17:00\nChủ Nhật nghỉ',
      },
    },
  });
  await platform.settings.markDemo();
  return ['Demo data loaded. Staff (tap your name, then type the PIN):', ...demoStaff.map((m) => `  ${m.role.padEnd(9)} ${m.name.padEnd(6)} ${m.pin}`)];
}
