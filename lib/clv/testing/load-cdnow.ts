import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ClvTransaction } from "../types";

// Tests only: CI has ../shared beside the repo, the app never reads it.
export const CDNOW_DIR = path.resolve(import.meta.dirname, "../../../../shared/datasets/cdnow");
export const CDNOW_SAMPLE = path.join(CDNOW_DIR, "CDNOW_sample.txt");
export const hasCdnow = () =>
  existsSync(CDNOW_SAMPLE) &&
  existsSync(path.join(CDNOW_DIR, "cdnow_customers_summary.csv")) &&
  existsSync(path.join(CDNOW_DIR, "cdnow_customers_summary_with_transactions.csv"));

/**
 * CDNOW_sample.txt: master id, sample id (1…2357, the ID of the summary CSVs), yyyymmdd,
 * number of CDs, dollar value; whitespace-separated.
 */
export function loadCdnowTransactions(): ClvTransaction[] {
  return readFileSync(CDNOW_SAMPLE, "utf8")
    .trim()
    .split("\n")
    .map((line) => {
      const [, sampleId, ymd, , dollars] = line.trim().split(/\s+/);
      return {
        customerId: String(Number(sampleId)),
        date: `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`,
        amount: Number(dollars),
      };
    });
}

/** Rows of one of the summary CSVs as records of numbers keyed by the header. */
export function loadCdnowCsv(file: string): Record<string, number>[] {
  // One of the files has CRLF line ends.
  const [header, ...lines] = readFileSync(path.join(CDNOW_DIR, file), "utf8").trim().split(/\r?\n/);
  const columns = header.split(",").map((c) => c.trim());
  return lines.map((line) => Object.fromEntries(line.split(",").map((v, i) => [columns[i], Number(v)])));
}
