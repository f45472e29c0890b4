/** The two screens a lobby kiosk comes in. */
export const viewports = [
  { name: 'portrait', width: 1080, height: 1920 },
  { name: 'landscape', width: 1920, height: 1080 },
] as const;
