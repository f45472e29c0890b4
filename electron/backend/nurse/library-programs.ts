// The library's own programs as resources of the nurse's directory, so a nurse can refer a patron to them
// (and a food need puts Books & Bread first: shared/domain/nurse-directory.ts rankResources). Added once
// to every directory that lacks them; staff may edit them, deactivate them, or add more with the `library` category.
import { LIBRARY_PROGRAM_IDS, type Resource, type ResourceText } from '../../../shared/domain/nurse-directory';

const text = (programme: string, helpsWith: string, hours: string, eligibility: string, nextStep: string, fees: string): ResourceText => ({
  programme,
  helpsWith,
  hours,
  eligibility,
  languages: '',
  documents: '',
  nextStep,
  fees,
  accessibility: '',
});

export const libraryProgramResources = (branchName: string, address: string, phone: string): Resource[] => [
  {
    id: LIBRARY_PROGRAM_IDS.grocery,
    category: 'library',
    organisation: `Books & Bread (${branchName || 'the library'})`,
    address,
    phone,
    website: '',
    active: true,
    text: {
      en: text('Order groceries at the library kiosk', 'Groceries from a partner supermarket, picked up at the library; SNAP/EBT accepted', 'Order at the kiosk any time the library is open; pickup on the next delivery day', 'Everyone', 'Tap “Order groceries” on the kiosk, today', 'Pay at pickup: SNAP/EBT, card or cash'),
      es: text('Pida comestibles en el quiosco de la biblioteca', 'Comestibles de un supermercado asociado, para recoger en la biblioteca; se acepta SNAP/EBT', 'Pida en el quiosco cuando la biblioteca esté abierta; recoja el siguiente día de entrega', 'Todas las personas', 'Toque “Pedir comestibles” en el quiosco, hoy mismo', 'Pague al recoger: SNAP/EBT, tarjeta o efectivo'),
      ar: text('اطلب البقالة من كشك المكتبة', 'بقالة من متجر شريك، تُستلم في المكتبة؛ نقبل SNAP/EBT', 'اطلب من الكشك في أي وقت تكون فيه المكتبة مفتوحة؛ الاستلام في يوم التوصيل التالي', 'الجميع', 'اضغط «اطلب البقالة» على الكشك، اليوم', 'الدفع عند الاستلام: SNAP/EBT أو بطاقة أو نقدًا'),
      vi: text('Đặt thực phẩm tại máy của thư viện', 'Thực phẩm từ siêu thị đối tác, nhận tại thư viện; nhận SNAP/EBT', 'Đặt tại máy bất cứ lúc nào thư viện mở cửa; nhận vào ngày giao hàng kế tiếp', 'Mọi người', 'Chạm “Đặt thực phẩm” trên máy, ngay hôm nay', 'Trả khi nhận: SNAP/EBT, thẻ hoặc tiền mặt'),
    },
  },
  {
    id: LIBRARY_PROGRAM_IDS.hive,
    category: 'library',
    organisation: `Hive (${branchName || 'the library'})`,
    address,
    phone,
    website: '',
    active: true,
    text: {
      en: text('Free business mentoring and workshops', 'One-on-one help with a business idea, plan, money or marketing; classes in a group', 'Book a time at the kiosk', 'Everyone', 'Tap “Business help” on the kiosk', 'Free'),
      es: text('Mentoría de negocios y talleres gratis', 'Ayuda personal con una idea de negocio, un plan, dinero o mercadeo; clases en grupo', 'Reserve una hora en el quiosco', 'Todas las personas', 'Toque “Ayuda para negocios” en el quiosco', 'Gratis'),
      ar: text('إرشاد مجاني للمشاريع وورش عمل', 'مساعدة فردية في فكرة مشروع أو خطة أو المال أو التسويق؛ دروس جماعية', 'احجز موعدًا من الكشك', 'الجميع', 'اضغط «مساعدة للمشاريع» على الكشك', 'مجانًا'),
      vi: text('Cố vấn kinh doanh và hội thảo miễn phí', 'Hỗ trợ riêng về ý tưởng, kế hoạch, tài chính hoặc tiếp thị; lớp học theo nhóm', 'Đặt lịch tại máy', 'Mọi người', 'Chạm “Hỗ trợ kinh doanh” trên máy', 'Miễn phí'),
    },
  },
];
