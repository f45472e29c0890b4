// Operations of the printing area. Each entry: input and output schemas, who may call it.
export const printingOperations = {};
