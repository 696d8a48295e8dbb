// Shared facts of the e2e run: the owner created by setup.spec.ts and the demo workspace.
export const OWNER = { email: "owner@demo-webshop.nl", password: "correct horse battery" };
export const SLUG = "demo-webshop";
export const OWNER_STATE = "e2e/.data/owner.json";
