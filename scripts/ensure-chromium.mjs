// Browser tests run in Debian's Chromium (Playwright cannot download its own browsers here).
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";

const CHROMIUM = "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
  console.log("Installing Debian's chromium for the browser tests…");
  const sudo = process.getuid?.() === 0 ? "" : "sudo ";
  execSync(`${sudo}apt-get update && ${sudo}apt-get install -y chromium`, { stdio: "inherit" });
}
