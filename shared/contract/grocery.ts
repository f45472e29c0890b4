// Operations of the grocery area. Each entry: input and output schemas, who may call it.
export const groceryOperations = {};
