// Cadenas de una visita a varios servicios: el comprobante de la visita (en pantalla y en papel).
export const visit = {
  slip: {
    offer: 'Imprimir un comprobante de la visita de hoy',
    hint: 'Un comprobante con lo que hiciste hoy: números, horas y lugares. Sin nombres ni datos de salud.',
    printing: 'Imprimiendo…',
    printed: 'Tu comprobante de la visita se está imprimiendo. Por favor, tómalo.',
    desk: 'Tu comprobante de la visita se imprimirá en el mostrador.',
  },
  print: {
    title: 'Tu visita de hoy',
    keep: 'Guarda este comprobante. Muestra tus números en el mostrador.',
    cancelled: 'Cancelado',
    groceryTitle: 'Books & Bread: compras',
    orderNumber: 'Número de pedido',
    pickup: 'Recoger',
    where: 'Dónde',
    frontDesk: '{{branch}}, mostrador principal',
    mentorTitle: 'Hive: reunión con un mentor',
    workshopTitle: 'Hive: {{title}}',
    /** A day and a time range on the slip. */
    dateTime: '{{date}}, {{time}}',
    when: 'Cuándo',
    mentor: 'Mentor',
    room: 'Sala',
    seat: 'Tienes un lugar.',
    waitlisted: 'En la lista de espera: número {{position}}. Todavía sin lugar.',
    nurseTitle: 'Enfermera de la biblioteca',
    queueNumber: 'Tu número',
    watch: 'Mira la pantalla para ver tu número.',
  },
  errors: {
    'slip-unavailable': 'Este comprobante de la visita ya no se puede imprimir aquí. Todo lo que hiciste hoy sigue en pie.',
  },
};
