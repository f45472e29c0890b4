// Strings of one visit across the services: the visit slip (on screen and on paper).
export const visit = {
  slip: {
    offer: "Print a slip of today's visit",
    hint: 'One slip with what you did today: numbers, times and places. No names and no health details.',
    printing: 'Printing…',
    printed: 'Your visit slip is printing. Please take it.',
    desk: 'Your visit slip will be printed at the desk.',
  },
  print: {
    title: 'Your visit today',
    keep: 'Keep this slip. Show your numbers at the desk.',
    cancelled: 'Cancelled',
    groceryTitle: 'Books & Bread: groceries',
    orderNumber: 'Order number',
    pickup: 'Pick up',
    where: 'Where',
    frontDesk: '{{branch}}, front desk',
    mentorTitle: 'Hive: meeting with a mentor',
    workshopTitle: 'Hive: {{title}}',
    /** A day and a time range on the slip. */
    dateTime: '{{date}}, {{time}}',
    when: 'When',
    mentor: 'Mentor',
    room: 'Room',
    seat: 'You have a seat.',
    waitlisted: 'On the waitlist: number {{position}}. No seat yet.',
    nurseTitle: 'Library Nurse',
    queueNumber: 'Your number',
    watch: 'Watch the screen for your number.',
  },
  errors: {
    'slip-unavailable': 'This visit slip can no longer be printed here. Everything you did today still stands.',
  },
};
