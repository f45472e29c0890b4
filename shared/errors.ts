// Error codes every host and screen understands. Feature areas add their own codes;
// each needs an `errors.<code>` string in every locale.
export const httpStatusFor = (code: string): number => {
  switch (code) {
    case 'invalid-input':
    case 'invalid-json':
      return 400;
    case 'bad-token':
    case 'sign-in-required':
    case 'session-expired':
    case 'device-unpaired':
    case 'device-revoked':
      return 401;
    case 'forbidden':
    case 'forbidden-sender':
    case 'device-forbidden':
      return 403;
    case 'not-found':
    case 'unknown-operation':
      return 404;
    case 'body-too-large':
      return 413;
    case 'pin-wait':
    case 'pairing-locked':
      return 429;
    case 'disk-full':
      return 507;
    case 'store-unavailable':
      return 503;
    case 'internal':
      return 500;
    default:
      // Domain refusals (slot taken, not allowed now): the request was understood and refused.
      return 409;
  }
};
