// The attract screen's strings, apart: it shows them in every offered language at once, so they ship with the app
// while the rest of a language loads when a patron picks it.
export const attract = {
  touchToStart: 'Touch to start',
  welcome: 'Welcome to {{branch}}',
};
