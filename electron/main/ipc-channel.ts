/** The single IPC channel; the operation name travels as the first argument. */
export const IPC_CHANNEL = 'kiosk:call';
