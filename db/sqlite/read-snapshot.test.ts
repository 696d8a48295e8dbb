import { describe, expect, it, onTestFinished } from "vitest";
import { openDb } from "../open-db";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { readSnapshot } from "./read-snapshot";

const newDb = tempDbPerTest();

describe("readSnapshot", () => {
  it("keeps seeing the data as of its first read while another connection commits", () => {
    const t = newDb();
    const other = openDb(t.file); // another process's connection, as the CLI's during an import
    onTestFinished(() => {
      other.$client.close();
    });
    const count = () => t.db.$client.prepare("SELECT count(*) FROM customers").pluck().get() as number;
    const [before, after] = readSnapshot(t.db, () => {
      const first = count();
      other.$client.prepare("INSERT INTO customers (workspace_id, customer_key) VALUES (1, 'late')").run();
      return [first, count()];
    });
    expect(after).toBe(before);
    expect(count()).toBe(before + 1); // outside, the commit is seen
  });
});
