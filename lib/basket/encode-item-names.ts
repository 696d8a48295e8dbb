import { packBaskets, type BasketSet } from "./pack-baskets";

export interface EncodedBaskets {
  baskets: BasketSet;
  /** names[id] is the SKU, product or category name behind item id `id`. */
  names: string[];
}

/** Gives every distinct name an integer id in order of first appearance, so the miner works on integers. */
export function encodeItemNames(baskets: Iterable<readonly string[]>): EncodedBaskets {
  const ids = new Map<string, number>();
  const names: string[] = [];
  function* asIds(): Generator<number[]> {
    for (const basket of baskets) {
      yield basket.map((name) => {
        let id = ids.get(name);
        if (id === undefined) {
          id = names.length;
          ids.set(name, id);
          names.push(name);
        }
        return id;
      });
    }
  }
  return { baskets: packBaskets(asIds()), names };
}
