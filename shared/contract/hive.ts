// Operations of the hive area. Each entry: input and output schemas, who may call it.
export const hiveOperations = {};
