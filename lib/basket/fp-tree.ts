/**
 * FP-tree nodes and headers for FP-growth, kept in typed arrays used as stacks: a conditional tree is
 * built on top of its parent tree and dropped by resetting the top, so mining allocates no objects per
 * node. Every field is an index, so the arrays can grow (be copied) without invalidating anything.
 */
export const NONE = -1;

export class FpTreeArena {
  /** Per node: local item index (into its tree's header), support count, parent node, next node of the same item. */
  nodeItem: Int32Array;
  nodeCount: Int32Array;
  nodeParent: Int32Array;
  nodeLink: Int32Array;
  /** Per node: how many children it has (to spot single-path trees). */
  nodeKids: Int32Array;
  nodeTop = 0;

  /** Per header entry of a tree: original item id, first node of that item, its support in the tree. */
  headItem: Int32Array;
  headFirst: Int32Array;
  headCount: Int32Array;
  headTop = 0;

  /** Open-addressing table (parent, item) → child node, only used while a tree is being built. */
  private slots = new Int32Array(16).fill(NONE);
  private mask = 15;
  private shift = 28;

  constructor(nodeCapacity: number, headCapacity: number) {
    this.nodeItem = new Int32Array(nodeCapacity);
    this.nodeCount = new Int32Array(nodeCapacity);
    this.nodeParent = new Int32Array(nodeCapacity);
    this.nodeLink = new Int32Array(nodeCapacity);
    this.nodeKids = new Int32Array(nodeCapacity);
    this.headItem = new Int32Array(headCapacity);
    this.headFirst = new Int32Array(headCapacity);
    this.headCount = new Int32Array(headCapacity);
  }

  /** Starts a tree that will hold at most `maxNodes` nodes below its root; returns the root node. */
  beginTree(maxNodes: number): number {
    const needed = this.nodeTop + maxNodes + 1;
    if (needed > this.nodeItem.length) {
      const size = Math.max(needed, this.nodeItem.length * 2);
      this.nodeItem = grow(this.nodeItem, size);
      this.nodeCount = grow(this.nodeCount, size);
      this.nodeParent = grow(this.nodeParent, size);
      this.nodeLink = grow(this.nodeLink, size);
      this.nodeKids = grow(this.nodeKids, size);
    }
    // Table at most half full keeps probes short; clearing only the used prefix keeps the cost
    // proportional to the tree being built, not to the largest tree ever built.
    let size = 16;
    while (size < 2 * (maxNodes + 1)) size *= 2;
    if (size > this.slots.length) this.slots = new Int32Array(size);
    this.slots.fill(NONE, 0, size);
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
    const root = this.nodeTop++;
    this.nodeItem[root] = NONE;
    this.nodeCount[root] = 0;
    this.nodeParent[root] = NONE;
    this.nodeLink[root] = NONE;
    this.nodeKids[root] = 0;
    return root;
  }

  /** Reserves `width` header entries (items cleared to no nodes and zero support); returns the first. */
  beginHeader(width: number): number {
    const needed = this.headTop + width;
    if (needed > this.headItem.length) {
      const size = Math.max(needed, this.headItem.length * 2);
      this.headItem = grow(this.headItem, size);
      this.headFirst = grow(this.headFirst, size);
      this.headCount = grow(this.headCount, size);
    }
    const head = this.headTop;
    this.headFirst.fill(NONE, head, needed);
    this.headCount.fill(0, head, needed);
    this.headTop = needed;
    return head;
  }

  /** Adds `count` along the path of local items path[len-1], path[len-2] … path[0] (ascending items). */
  insertReversed(root: number, head: number, path: Int32Array, len: number, count: number): void {
    const { nodeItem, nodeCount, nodeParent, nodeLink, nodeKids, headFirst, headCount, slots, mask, shift } = this;
    let current = root;
    for (let k = len - 1; k >= 0; k--) {
      const item = path[k];
      // Fibonacci hashing: the top bits of the product are well mixed even for consecutive node numbers.
      let slot = Math.imul(current ^ Math.imul(item + 1, 0x85ebca6b), 0x9e3779b1) >>> shift;
      let child = slots[slot];
      while (child !== NONE && (nodeParent[child] !== current || nodeItem[child] !== item)) {
        slot = (slot + 1) & mask;
        child = slots[slot];
      }
      if (child === NONE) {
        child = this.nodeTop++;
        slots[slot] = child;
        nodeItem[child] = item;
        nodeCount[child] = 0;
        nodeParent[child] = current;
        nodeKids[child] = 0;
        nodeKids[current]++;
        nodeLink[child] = headFirst[head + item];
        headFirst[head + item] = child;
      }
      nodeCount[child] += count;
      headCount[head + item] += count;
      current = child;
    }
  }
}

function grow(array: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}
