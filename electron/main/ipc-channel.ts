/** The single IPC channel; the operation name travels as the first argument. */
export const IPC_CHANNEL = 'kiosk:call';
/** Main → renderer: a topic the backend says changed (the IPC twin of the branch event stream). */
export const CHANGE_CHANNEL = 'kiosk:change';
