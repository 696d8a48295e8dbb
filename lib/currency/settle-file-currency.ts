import { AppFailure } from "../result";

/** What a file's order currencies mean for the workspace they go into: Liftboard converts no
 * currency, so a file in another currency than the workspace's is refused, except into a workspace
 * that holds no orders yet, which takes the file's currency. Returns the currency to adopt, if any. */
export function settleFileCurrency(fileCurrencies: ReadonlySet<string>, workspace: { name: string; currency: string; hasOrders: boolean }): string | null {
  const found = [...fileCurrencies].sort();
  if (found.length === 0 || (found.length === 1 && found[0] === workspace.currency)) return null;
  if (found.length > 1) {
    throw new AppFailure(
      "invalid_input",
      `This file holds orders in several currencies (${found.join(", ")}), and Liftboard converts none: split it by currency and import each part into a workspace in that currency.`,
    );
  }
  if (!workspace.hasOrders) return found[0];
  throw new AppFailure(
    "invalid_input",
    `This file's orders are in ${found[0]}, while workspace "${workspace.name}" holds orders in ${workspace.currency}, and Liftboard converts no currency: import it into a workspace in ${found[0]} (Settings → New workspace, or npm run cli -- workspace create --currency ${found[0]}).`,
  );
}
