// Demo mentors, availability and workshops, relative to the clock's now so a demo always has open times.
import type { Mentor, Workshop } from '../../../shared/contract/hive';
import type { LocalisedText } from '../../../shared/localised-text';
import { openSlots } from '../../../shared/domain/hive-slots';
import { addDays, localDateOf } from '../../../shared/domain/zoned-time';
import { patronKeys } from '../../../shared/domain/hive-contact';
import { newId, readableCode } from '../ids';
import type { Platform } from '../platform/platform';
import type { HiveData } from './hive-records';
import { scheduleOf } from './hive-service';

const weekdays = (days: number[], start: string, end: string) => days.map((weekday) => ({ weekday, start, end }));

/** Rooms as the slips and screens name them in each language. */
const rooms = {
  hiveA: { en: 'Hive Room A', es: 'Sala A de Hive', ar: 'قاعة Hive أ', vi: 'Phòng Hive A' },
  hiveB: { en: 'Hive Room B', es: 'Sala B de Hive', ar: 'قاعة Hive ب', vi: 'Phòng Hive B' },
  study3: { en: 'Study Room 3', es: 'Sala de estudio 3', ar: 'غرفة الدراسة 3', vi: 'Phòng học 3' },
  community: { en: 'Community Room', es: 'Salón comunitario', ar: 'القاعة المجتمعية', vi: 'Phòng sinh hoạt cộng đồng' },
  computerLab: { en: 'Computer Lab', es: 'Sala de computadoras', ar: 'قاعة الحاسوب', vi: 'Phòng máy tính' },
} satisfies Record<string, LocalisedText>;

export async function seedHiveDemo(platform: Platform, data: HiveData): Promise<string[]> {
  const now = platform.store.clock.now();
  const tz = platform.settings.get().branch.timeZone;
  const today = localDateOf(now, tz);
  const mentors: Mentor[] = [
    {
      id: newId(), displayName: 'Maria Gonzalez', areas: ['business-plan', 'finance'], languages: ['en', 'es'], active: true, room: rooms.hiveA,
      bio: {
        en: 'Retired bank manager; helps with plans, cash flow and small loans.',
        es: 'Gerente de banco jubilada; ayuda con planes, flujo de caja y préstamos pequeños.',
        ar: 'مديرة بنك متقاعدة؛ تساعد في الخطط والتدفق النقدي والقروض الصغيرة.',
        vi: 'Nguyên giám đốc ngân hàng đã nghỉ hưu; giúp về kế hoạch, dòng tiền và các khoản vay nhỏ.',
      },
      sessionMinutes: 60, bufferMinutes: 15, windows: weekdays([1, 2, 3, 4, 5, 6], '10:00', '13:30'), daysOff: [{ date: addDays(today, 8), note: 'Vacation' }],
    },
    {
      id: newId(), displayName: 'Minh Tran', areas: ['marketing', 'technology'], languages: ['en', 'vi'], active: true, room: rooms.hiveB,
      bio: {
        en: 'Runs a small web studio; websites, social media and online sales.',
        es: 'Dirige un pequeño estudio web; sitios web, redes sociales y ventas en línea.',
        ar: 'يدير استوديو صغيرًا للمواقع؛ المواقع الإلكترونية ووسائل التواصل الاجتماعي والبيع عبر الإنترنت.',
        vi: 'Điều hành một studio web nhỏ; trang web, mạng xã hội và bán hàng trực tuyến.',
      },
      sessionMinutes: 30, bufferMinutes: 0, windows: weekdays([0, 1, 2, 3, 4, 5, 6], '14:00', '18:00'), daysOff: [],
    },
    {
      id: newId(), displayName: 'Lucía Fernández', areas: ['legal'], languages: ['es', 'en'], active: true, room: rooms.hiveA,
      bio: {
        en: 'Lawyer with the university law clinic: business forms, licences, contracts.',
        es: 'Abogada de la clínica jurídica universitaria: tipos de empresa, licencias, contratos.',
        ar: 'محامية في العيادة القانونية بالجامعة: أشكال المشاريع والتراخيص والعقود.',
        vi: 'Luật sư của phòng tư vấn pháp lý đại học: loại hình doanh nghiệp, giấy phép, hợp đồng.',
      },
      sessionMinutes: 60, bufferMinutes: 0, windows: weekdays([2, 4, 6], '15:00', '19:00'), daysOff: [],
    },
    {
      id: newId(), displayName: 'Yasmin Haddad', areas: ['finance', 'business-plan'], languages: ['en', 'ar'], active: true, room: rooms.study3,
      bio: {
        en: 'Accountant; bookkeeping, taxes for the self-employed, grants.',
        es: 'Contadora; contabilidad, impuestos para quienes trabajan por cuenta propia, subvenciones.',
        ar: 'محاسبة؛ مسك الدفاتر، وضرائب العاملين لحسابهم الخاص، والمنح.',
        vi: 'Kế toán; sổ sách, thuế cho người tự kinh doanh, các khoản tài trợ.',
      },
      sessionMinutes: 30, bufferMinutes: 10, windows: weekdays([1, 3, 5], '16:00', '20:00'), daysOff: [],
    },
    {
      id: newId(), displayName: 'Daniel Reyes', areas: ['marketing', 'business-plan'], languages: ['es', 'en'], active: true, room: rooms.hiveB,
      bio: {
        en: 'Founded two food businesses; pricing, branding, first customers.',
        es: 'Fundó dos negocios de comida; precios, marca, primeros clientes.',
        ar: 'أسس مشروعين للطعام؛ التسعير والعلامة التجارية وأول الزبائن.',
        vi: 'Đã lập hai cơ sở kinh doanh đồ ăn; định giá, thương hiệu, những khách hàng đầu tiên.',
      },
      sessionMinutes: 60, bufferMinutes: 0, windows: weekdays([0, 1, 2, 3, 4, 5, 6], '09:00', '21:00'), daysOff: [],
    },
  ];
  await data.mentors.update(() => ({ mentors }));

  const at = (days: number) => addDays(today, days);
  const workshops: Workshop[] = [
    {
      id: newId(), title: {
        en: 'Start-up basics: from idea to first sale',
        es: 'Lo básico para empezar: de la idea a la primera venta',
        ar: 'أساسيات بدء المشروع: من الفكرة إلى أول بيع',
        vi: 'Khởi nghiệp cơ bản: từ ý tưởng đến lần bán hàng đầu tiên',
      },
      description: {
        en: 'A three-evening series: test your idea, price it, find your first customers.',
        es: 'Serie de tres tardes: pon a prueba tu idea, fija precios y encuentra tus primeros clientes.',
        ar: 'سلسلة من ثلاث أمسيات: اختبر فكرتك، وحدد سعرها، وابحث عن أول زبائنك.',
        vi: 'Khóa ba buổi tối: thử ý tưởng, định giá và tìm những khách hàng đầu tiên.',
      },
      area: 'business-plan', room: rooms.community, presenter: 'Maria Gonzalez', capacity: 20, cancelled: false,
      sessions: [0, 7, 14].map((d) => ({ date: at(3 + d), start: '18:00', end: '19:30' })),
      questions: [
        {
          id: 'idea',
          label: {
            en: 'Your business idea in a few words (optional)',
            es: 'Tu idea de negocio en pocas palabras (opcional)',
            ar: 'فكرة مشروعك في كلمات قليلة (اختياري)',
            vi: 'Ý tưởng kinh doanh của bạn trong vài chữ (không bắt buộc)',
          },
        },
      ],
    },
    {
      id: newId(), title: { en: 'Social media for small business', es: 'Redes sociales para pequeños negocios', ar: 'وسائل التواصل الاجتماعي للمشاريع الصغيرة', vi: 'Mạng xã hội cho doanh nghiệp nhỏ' },
      description: {
        en: 'Plan a month of posts in one hour. Bring your phone.',
        es: 'Planifica un mes de publicaciones en una hora. Trae tu teléfono.',
        ar: 'خطط لمنشورات شهر كامل في ساعة واحدة. أحضر هاتفك.',
        vi: 'Lên kế hoạch bài đăng cho cả tháng trong một giờ. Hãy mang theo điện thoại.',
      },
      area: 'marketing', room: rooms.computerLab, presenter: 'Minh Tran', capacity: 8, cancelled: false,
      sessions: [{ date: at(2), start: '17:00', end: '18:00' }], questions: [],
    },
    {
      id: newId(), title: {
        en: 'Funding options: loans, grants and microcredit',
        es: 'Opciones de financiamiento: préstamos, subvenciones y microcrédito',
        ar: 'خيارات التمويل: القروض والمنح والقروض الصغيرة جدًا',
        vi: 'Các cách gọi vốn: vay, tài trợ và tín dụng vi mô',
      },
      description: {
        en: 'What lenders look for and which city programs help.',
        es: 'Qué buscan los prestamistas y qué programas de la ciudad ayudan.',
        ar: 'ما الذي يبحث عنه المقرضون، وأي برامج المدينة تساعد.',
        vi: 'Bên cho vay cần gì và những chương trình nào của thành phố có thể giúp.',
      },
      area: 'finance', room: rooms.community, presenter: 'Yasmin Haddad', capacity: 25, cancelled: false,
      sessions: [{ date: at(5), start: '18:30', end: '20:00' }], questions: [],
    },
    {
      id: newId(), title: { en: 'Choosing your business structure', es: 'Cómo elegir la forma legal de tu negocio', ar: 'اختيار الشكل القانوني لمشروعك', vi: 'Chọn loại hình doanh nghiệp' },
      description: {
        en: 'Sole proprietor, LLC or cooperative? Taught in Spanish with English help.',
        es: '¿Persona física, LLC o cooperativa? En español con ayuda en inglés.',
        ar: 'مالك فردي أم شركة ذات مسؤولية محدودة أم تعاونية؟ بالإسبانية مع مساعدة بالإنجليزية.',
        vi: 'Chủ doanh nghiệp cá nhân, LLC hay hợp tác xã? Dạy bằng tiếng Tây Ban Nha, có hỗ trợ tiếng Anh.',
      },
      area: 'legal', room: rooms.hiveA, presenter: 'Lucía Fernández', capacity: 15, cancelled: false,
      sessions: [{ date: at(9), start: '17:30', end: '19:00' }], questions: [],
    },
    {
      id: newId(), title: { en: 'Build a simple website', es: 'Crea una página web sencilla', ar: 'أنشئ موقعًا إلكترونيًا بسيطًا', vi: 'Tự làm một trang web đơn giản' },
      description: { en: 'Hands-on: a one-page site with free tools.', es: 'Práctico: una página web con herramientas gratuitas.', ar: 'تطبيق عملي: موقع من صفحة واحدة بأدوات مجانية.', vi: 'Thực hành: trang web một trang bằng công cụ miễn phí.' },
      area: 'technology', room: rooms.computerLab, presenter: 'Minh Tran', capacity: 12, cancelled: false,
      sessions: [{ date: at(12), start: '14:00', end: '16:00' }], questions: [],
    },
    {
      id: newId(), title: { en: 'Bookkeeping for beginners', es: 'Contabilidad para principiantes', ar: 'مسك الدفاتر للمبتدئين', vi: 'Ghi chép sổ sách cho người mới bắt đầu' },
      description: {
        en: 'Receipts, spreadsheets and what to keep for taxes.',
        es: 'Recibos, hojas de cálculo y qué guardar para los impuestos.',
        ar: 'الإيصالات وجداول البيانات وما يجب حفظه من أجل الضرائب.',
        vi: 'Hóa đơn, bảng tính và những gì cần giữ để khai thuế.',
      },
      area: 'finance', room: rooms.study3, presenter: 'Yasmin Haddad', capacity: 10, cancelled: false,
      sessions: [{ date: at(16), start: '18:00', end: '19:30' }], questions: [],
    },
    {
      id: newId(), title: { en: 'Pitch night practice', es: 'Práctica para presentar tu negocio', ar: 'تدريب على عرض مشروعك', vi: 'Tập thuyết trình giới thiệu dự án' },
      description: {
        en: 'Practise a two-minute pitch and get friendly feedback.',
        es: 'Practica una presentación de dos minutos y recibe comentarios.',
        ar: 'تدرّب على عرض مدته دقيقتان واحصل على ملاحظات ودية.',
        vi: 'Tập thuyết trình hai phút và nhận góp ý thân thiện.',
      },
      area: 'business-plan', room: rooms.community, presenter: 'Daniel Reyes', capacity: 30, cancelled: false,
      sessions: [{ date: at(20), start: '18:00', end: '20:00' }], questions: [],
    },
  ];
  await data.workshops.update(() => ({ workshops }));

  // The social-media workshop is nearly full: 7 of 8 seats taken.
  const nearlyFull = workshops[1];
  const people = ['Ana Lopez', 'Ben Carter', 'Chen Wei', 'Dana Brooks', 'Elif Kaya', 'Femi Adeyemi', 'Grace Kim'];
  for (const [i, name] of people.entries()) {
    const contact = { phone: `555-010-${String(1000 + i)}`, email: '' };
    await data.registrations.insert({
      id: newId(), code: readableCode(6), workshopId: nearlyFull?.id ?? '', seq: await data.registrationSeq.next(), status: 'registered', name, ...contact, ...patronKeys(contact),
      language: 'en', answers: [], attended: [], createdAt: now.toISOString(), promotedAt: null, cancelledAt: null, cancelReason: '', assistedBy: '', purged: false, requests: [],
    });
  }

  // Two bookings so the staff day has something on it.
  const rules = data.settings.get().rules;
  const samples = [
    { mentor: mentors[4], name: 'Rosa Martinez', phone: '555-010-2001', email: '', stage: 'idea' as const, industry: 'Food', wants: 'Start a tamale catering business', area: 'business-plan', language: 'es' as const },
    { mentor: mentors[1], name: 'Sam Taylor', phone: '', email: 'sam@example.org', stage: 'started' as const, industry: 'Crafts', wants: 'Sell online', area: 'marketing', language: 'en' as const },
  ];
  for (const s of samples) {
    if (!s.mentor) continue;
    const slot = openSlots(scheduleOf(s.mentor), { now, timeZone: tz, rules, closings: [], taken: data.bookings.filter((b) => b.mentorId === s.mentor?.id) })[0];
    if (!slot) continue;
    await data.bookings.insert({
      id: newId(), code: readableCode(6), mentorId: s.mentor.id, area: s.area, start: slot.start, end: slot.end, status: 'booked', stage: s.stage,
      industry: s.industry, wants: s.wants, name: s.name, phone: s.phone, email: s.email, ...patronKeys(s), language: s.language,
      createdAt: now.toISOString(), cancelledAt: null, cancelReason: '', assistedBy: '', purged: false, requests: [],
    });
  }
  return [`Hive demo: ${mentors.length} mentors, ${workshops.length} workshops.`];
}
