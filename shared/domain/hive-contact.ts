// Contact details of a patron: at least a phone or an email; normalised forms identify "the same patron".

export type ContactProblem = 'contact-missing' | 'phone-invalid' | 'email-invalid';

/** Digits only; a leading country code 1 on an 11-digit number is dropped so local and +1 forms match. */
export function normalisePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

const PHONE_SHAPE = /^\+?[\d\s().-]+$/;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function contactProblems(contact: { phone: string; email: string }): { field: 'phone' | 'email'; problem: ContactProblem }[] {
  const phone = contact.phone.trim();
  const email = contact.email.trim();
  if (!phone && !email) return [{ field: 'phone', problem: 'contact-missing' }];
  const out: { field: 'phone' | 'email'; problem: ContactProblem }[] = [];
  if (phone) {
    const digits = normalisePhone(phone).length;
    if (!PHONE_SHAPE.test(phone) || digits < 7 || digits > 15) out.push({ field: 'phone', problem: 'phone-invalid' });
  }
  if (email && (!EMAIL_SHAPE.test(email) || email.length > 120)) out.push({ field: 'email', problem: 'email-invalid' });
  return out;
}

export type PatronKeys = { phoneKey: string; emailKey: string };

export const patronKeys = (contact: { phone: string; email: string }): PatronKeys => ({
  phoneKey: contact.phone.trim() ? normalisePhone(contact.phone) : '',
  emailKey: contact.email.trim() ? normaliseEmail(contact.email) : '',
});

/** Same patron if either normalised phone or email matches. */
export const samePatron = (a: PatronKeys, b: PatronKeys): boolean =>
  (a.phoneKey !== '' && a.phoneKey === b.phoneKey) || (a.emailKey !== '' && a.emailKey === b.emailKey);
