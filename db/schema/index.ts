export * from "./auth";
export * from "./workspaces";
export * from "./imports";
export * from "./commerce";
export * from "./marketing";
export * from "./settings";
export * from "./facts";
export * from "./reports";
