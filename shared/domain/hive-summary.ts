// Numbers for the partner: mentoring sessions and workshop fill, overall and by area.
import { z } from 'zod';
import type { LocalisedText } from '../localised-text';
import { localisedSchema } from '../localised-text-schema';
import { idSchema } from './record-fields';

export const hiveSummarySchema = z.object({
  booked: z.int(),
  attended: z.int(),
  noShow: z.int(),
  cancelled: z.int(),
  noShowRate: z.number(),
  byArea: z.array(z.object({ area: z.string(), booked: z.int(), attended: z.int(), noShow: z.int(), registered: z.int(), waitlisted: z.int(), capacity: z.int() })),
  workshops: z.array(z.object({ id: idSchema, title: localisedSchema(z.string()), capacity: z.int(), registered: z.int(), waitlisted: z.int(), fill: z.number() })),
});
export type HiveSummary = z.infer<typeof hiveSummarySchema>;

type BookingLike = { area: string; status: 'booked' | 'cancelled' | 'attended' | 'no-show' };
type WorkshopLike = { id: string; area: string; title: LocalisedText; capacity: number; registered: number; waitlisted: number };

export function summarise(bookings: BookingLike[], workshops: WorkshopLike[]): HiveSummary {
  const count = (status: BookingLike['status'], list = bookings) => list.filter((b) => b.status === status).length;
  const live = bookings.filter((b) => b.status !== 'cancelled');
  const attended = count('attended');
  const noShow = count('no-show');
  const areas = [...new Set([...bookings.map((b) => b.area), ...workshops.map((w) => w.area)])].sort();
  return {
    booked: live.length,
    attended,
    noShow,
    cancelled: count('cancelled'),
    // Of the sessions whose outcome is known, the share nobody came to.
    noShowRate: attended + noShow === 0 ? 0 : noShow / (attended + noShow),
    byArea: areas.map((area) => {
      const inArea = bookings.filter((b) => b.area === area);
      const ws = workshops.filter((w) => w.area === area);
      return {
        area,
        booked: inArea.filter((b) => b.status !== 'cancelled').length,
        attended: count('attended', inArea),
        noShow: count('no-show', inArea),
        registered: ws.reduce((n, w) => n + w.registered, 0),
        waitlisted: ws.reduce((n, w) => n + w.waitlisted, 0),
        capacity: ws.reduce((n, w) => n + w.capacity, 0),
      };
    }),
    workshops: workshops.map((w) => ({
      id: w.id,
      title: w.title,
      capacity: w.capacity,
      registered: w.registered,
      waitlisted: w.waitlisted,
      fill: w.capacity === 0 ? 0 : w.registered / w.capacity,
    })),
  };
}
