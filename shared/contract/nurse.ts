// Operations of the nurse area. Each entry: input and output schemas, who may call it.
export const nurseOperations = {};
