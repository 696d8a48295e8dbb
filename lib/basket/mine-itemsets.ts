import { countItems } from "./count-items";
import { FpTreeArena, NONE } from "./fp-tree";
import { ItemsetSink, type FrequentItemsets } from "./itemset-sink";
import { basketTotal, type BasketSet } from "./pack-baskets";

/** arules apriori's default maxlen. */
export const DEFAULT_MAX_LENGTH = 10;

export interface MineItemsetsOptions {
  /** Share of baskets (0 < minSupport <= 1) that must contain the itemset. */
  minSupport: number;
  /** Longest itemset to report; default 10 as in arules. */
  maxLength?: number;
}

/**
 * The basket count an itemset needs. This is arules' own test (istree.c: count >= ceil(n * supp), the
 * product in floating point), so results match arules exactly, including its quirk that a product
 * rounding up (100 * 0.07 = 7.000000000000001) demands one basket more than support >= minSupport would.
 */
export function minCountFor(transactions: number, minSupport: number): number {
  return Math.ceil(transactions * minSupport);
}

/**
 * Frequent itemsets by FP-growth. Baskets may repeat an item (it counts once). Items are ranked by
 * descending frequency so shared prefixes compress the tree; conditional trees are built on the same
 * typed-array stack, and a single-path tree is enumerated directly instead of recursing.
 */
export function mineItemsets(set: BasketSet, options: MineItemsetsOptions): FrequentItemsets {
  const { minSupport } = options;
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (!(minSupport > 0 && minSupport <= 1)) {
    throw new RangeError(`minSupport must be a share above 0 and at most 1 (e.g. 0.01 for 1%); got ${minSupport}.`);
  }
  if (!Number.isInteger(maxLength) || maxLength < 1) {
    throw new RangeError(`maxLength must be a whole number of items, at least 1; got ${maxLength}.`);
  }
  const { items, offsets, weights } = set;
  const baskets = offsets.length - 1;
  // The support denominator counts each basket as often as its weight (merged identical baskets).
  const transactions = basketTotal(set);
  const minCount = minCountFor(transactions, minSupport);
  const itemCounts = countItems(set);
  const sink = new ItemsetSink();
  if (transactions === 0) return sink.finish(transactions, minCount, itemCounts);

  const frequent: number[] = [];
  for (let id = 0; id < itemCounts.length; id++) if (itemCounts[id] >= minCount) frequent.push(id);
  frequent.sort((a, b) => itemCounts[b] - itemCounts[a] || a - b);
  const width = frequent.length;
  const rank = new Int32Array(itemCounts.length).fill(NONE);
  for (let r = 0; r < width; r++) rank[frequent[r]] = r;

  let occurrences = 0;
  let longest = 0;
  for (let b = 0; b < baskets; b++) {
    let kept = 0;
    for (let i = offsets[b]; i < offsets[b + 1]; i++) if (rank[items[i]] !== NONE) kept++;
    occurrences += kept;
    if (kept > longest) longest = kept;
  }

  const arena = new FpTreeArena(occurrences + 1, 2 * width + 16);
  const root = arena.beginTree(occurrences);
  const head = arena.beginHeader(width);
  arena.headItem.set(frequent, head);
  const path = new Int32Array(Math.max(longest, width) + 1);
  const seen = new Int32Array(itemCounts.length);
  for (let b = 0; b < baskets; b++) {
    let len = 0;
    for (let i = offsets[b]; i < offsets[b + 1]; i++) {
      const id = items[i];
      const r = rank[id];
      if (r === NONE || seen[id] === b + 1) continue;
      seen[id] = b + 1;
      // Keep path descending (insertion sort; baskets are short), since insertion reads it backwards.
      let at = len++;
      while (at > 0 && path[at - 1] < r) {
        path[at] = path[at - 1];
        at--;
      }
      path[at] = r;
    }
    if (len > 0) arena.insertReversed(root, head, path, len, weights ? weights[b] : 1);
  }

  const tally = new Int32Array(width);
  const remap = new Int32Array(width);
  const prefix = new Int32Array(maxLength);

  function enumerateSinglePath(first: number, end: number, treeHead: number, depth: number): void {
    for (let node = first; node < end; node++) {
      prefix[depth] = arena.headItem[treeHead + arena.nodeItem[node]];
      // Counts only shrink down a path, so the deepest chosen node carries the set's count.
      sink.add(prefix, depth + 1, arena.nodeCount[node]);
      if (depth + 1 < maxLength) enumerateSinglePath(node + 1, end, treeHead, depth + 1);
    }
  }

  function mineTree(treeRoot: number, treeHead: number, treeWidth: number, depth: number): void {
    const end = arena.nodeTop;
    let singlePath = true;
    for (let node = treeRoot; node < end; node++) {
      if (arena.nodeKids[node] > 1) {
        singlePath = false;
        break;
      }
    }
    if (singlePath) {
      enumerateSinglePath(treeRoot + 1, end, treeHead, depth);
      return;
    }
    for (let i = treeWidth - 1; i >= 0; i--) {
      prefix[depth] = arena.headItem[treeHead + i];
      sink.add(prefix, depth + 1, arena.headCount[treeHead + i]);
      if (depth + 1 >= maxLength) continue;

      // Pass 1: how often each item occurs above item i (its conditional pattern base).
      const { nodeItem, nodeCount, nodeParent, nodeLink } = arena;
      let pathItems = 0;
      for (let v = arena.headFirst[treeHead + i]; v !== NONE; v = nodeLink[v]) {
        const count = nodeCount[v];
        for (let u = nodeParent[v]; u !== treeRoot; u = nodeParent[u]) {
          tally[nodeItem[u]] += count;
          pathItems++;
        }
      }
      let subWidth = 0;
      for (let j = 0; j < i; j++) {
        remap[j] = tally[j] >= minCount ? subWidth++ : NONE;
        tally[j] = 0;
      }
      if (subWidth === 0) continue;

      // Pass 2: the conditional tree over the items still frequent, on top of the stack.
      const subHead = arena.beginHeader(subWidth);
      for (let j = 0; j < i; j++) if (remap[j] !== NONE) arena.headItem[subHead + remap[j]] = arena.headItem[treeHead + j];
      const subRoot = arena.beginTree(pathItems);
      for (let v = arena.headFirst[treeHead + i]; v !== NONE; v = arena.nodeLink[v]) {
        let len = 0;
        for (let u = arena.nodeParent[v]; u !== treeRoot; u = arena.nodeParent[u]) {
          const local = remap[arena.nodeItem[u]];
          if (local !== NONE) path[len++] = local;
        }
        if (len > 0) arena.insertReversed(subRoot, subHead, path, len, arena.nodeCount[v]);
      }
      mineTree(subRoot, subHead, subWidth, depth + 1);
      arena.nodeTop = subRoot;
      arena.headTop = subHead;
    }
  }

  if (width > 0) mineTree(root, head, width, 0);
  return sink.finish(transactions, minCount, itemCounts);
}
