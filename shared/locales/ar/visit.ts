// نصوص الزيارة الواحدة عبر الخدمات: إيصال الزيارة (على الشاشة وعلى الورق).
export const visit = {
  slip: {
    offer: 'اطبع إيصالًا بزيارة اليوم',
    hint: 'إيصال واحد بما فعلته اليوم: أرقام وأوقات وأماكن. بلا أسماء ولا معلومات صحية.',
    printing: 'جارٍ الطباعة…',
    printed: 'تتم طباعة إيصال زيارتك. يرجى أخذه.',
    desk: 'ستتم طباعة إيصال زيارتك في المكتب.',
  },
  print: {
    title: 'زيارتك اليوم',
    keep: 'احتفظ بهذا الإيصال. أظهر أرقامك في المكتب.',
    cancelled: 'أُلغي',
    groceryTitle: 'Books & Bread: البقالة',
    orderNumber: 'رقم الطلب',
    pickup: 'الاستلام',
    where: 'المكان',
    frontDesk: '{{branch}}، المكتب الأمامي',
    mentorTitle: 'Hive: لقاء مع مرشد',
    workshopTitle: 'Hive: {{title}}',
    /** A day and a time range on the slip. */
    dateTime: '{{date}}، {{time}}',
    when: 'الموعد',
    mentor: 'المرشد',
    room: 'القاعة',
    seat: 'لديك مقعد.',
    waitlisted: 'على قائمة الانتظار: رقم {{position}}. لا مقعد بعد.',
    nurseTitle: 'ممرضة المكتبة',
    queueNumber: 'رقمك',
    watch: 'راقب الشاشة لترى رقمك.',
  },
  errors: {
    'slip-unavailable': 'لم يعد من الممكن طباعة إيصال الزيارة هنا. كل ما فعلته اليوم ما زال قائمًا.',
  },
};
