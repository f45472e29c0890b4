// What `electron` is to the plain-Node projects (tsconfig.server.json): nothing. The backend, the code
// both hosts share and the browser host take Electron capabilities as parameters; an import of
// `electron` there fails to compile ("has no exported member").
export {};
