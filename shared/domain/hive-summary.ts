// Numbers for the partner: mentoring sessions and workshop fill, overall and by area.
import type { HiveSummary } from '../contract/hive';
import type { LocalisedText } from '../localised-text';

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
