# Independent reference for real-shop-kpis.test.ts: the cross-, up- and deep-sell counts of the shared
# Shopify shop, worked out from the raw exports with Python's csv module and docs/kpis.md's rules, not
# with Liftboard's code. Run from the repository: python3 server/import/real-shop-kpis.reference.py [products]
import csv, sys, datetime, collections, os
D = os.path.join(os.path.dirname(__file__), "../../../shared/datasets/shop_exports/")
with_products = len(sys.argv) > 1 and sys.argv[1] == "products"
rows = list(csv.DictReader(open(D + "shopify_orders_export_petpads_2023-05_redacted.csv", encoding="utf-8")))
# carry order-level fields
orders = collections.OrderedDict(); first = None
for r in rows:
    if first is None or r["Name"] != first["Name"]: first = r
    for k in ("Created at", "Email", "Financial Status", "Cancelled at"):
        if not r[k].strip(): r[k] = first[k]
    orders.setdefault(r["Name"], []).append(r)
def family_of_name(n):
    i = n.rfind(" - ")
    return n[:i] if i > 0 else None
prod = {}  # sku -> dict(category, family, price)
if with_products:
    cur = None
    for r in csv.DictReader(open(D + "shopify_products_export_petpads_2023-05.csv", encoding="utf-8")):
        if r["Title"].strip(): cur = r
        if not (r["Variant SKU"].strip() or r["Option1 Value"].strip() or r["Variant Price"].strip()): continue  # image-only row
        opts = [r[f"Option{i} Value"].strip() for i in (1, 2, 3) if r[f"Option{i} Value"].strip()]
        name = cur["Title"].strip() + ("" if opts in ([], ["Default Title"]) else " - " + " / ".join(opts))
        sku = r["Variant SKU"].strip() or name
        cat = cur["Type"].strip() or (cur["Product Category"].strip().split(" > ")[-1].strip() if cur["Product Category"].strip() else None)
        price = float(r["Variant Price"]) if r["Variant Price"].strip() else None
        prod[sku] = dict(category=cat or None, family=r["Handle"].strip(), price=price)
def ts(s):
    return datetime.datetime.strptime(s.strip(), "%Y-%m-%d %H:%M:%S %z").timestamp()
# products created from order lines (first line in file order)
lines = []
for name, rs in orders.items():
    st = rs[0]["Financial Status"].strip().lower()
    counted = st not in ("refunded", "voided", "cancelled", "canceled") and not rs[0]["Cancelled at"].strip()
    for r in rs:
        sku = r["Lineitem sku"].strip()
        if not sku and r["Lineitem name"].strip() == "Tip": continue
        sku = sku or r["Lineitem name"].strip()
        if sku not in prod:
            prod[sku] = dict(category=None, family=family_of_name(r["Lineitem name"].strip()), price=float(r["Lineitem price"]))
        lines.append((name, r, sku))
# tiers: dense rank of price within family; family fallback the product itself
def fam(sku): return prod[sku]["family"] or ("sku:" + sku)
fams = collections.defaultdict(set)
for s, p in prod.items():
    if p["price"] is not None: fams[fam(s)].add(p["price"])
tier = {s: (sorted(fams[fam(s)]).index(p["price"]) + 1 if p["price"] is not None else None) for s, p in prod.items()}
low = {f: 1 for f in fams}
def cat(sku): return prod[sku]["category"] or fam(sku)
by_cust = collections.defaultdict(list)
for name, rs in orders.items():
    st = rs[0]["Financial Status"].strip().lower()
    counted = st not in ("refunded", "voided", "cancelled", "canceled") and not rs[0]["Cancelled at"].strip()
    if not counted: continue
    by_cust[rs[0]["Email"].strip().lower()].append((ts(rs[0]["Created at"]), name))
olines = collections.defaultdict(list)
for name, r, sku in lines: olines[name].append((sku, int(r["Lineitem quantity"])))
cross = up = deep = 0
for c, os in by_cust.items():
    os.sort()
    cats = set(); skumax = {}; fammax = {}; xc = uc = dc = False
    for _, name in os:
        new = 0; qty = collections.Counter(); tiers = {}
        for sku, q in olines[name]:
            if q <= 0: continue
            k = cat(sku)
            if k not in cats: cats.add(k); new += 1
            qty[sku] += q
            t = tier[sku]
            if t is not None:
                f = fam(sku); tiers[f] = max(tiers.get(f, 0), t)
        if new > 0 and len(cats) >= 2: xc = True
        for s, q in qty.items():
            b = skumax.get(s)
            if b is not None and q > b: dc = True
            if b is None or q > b: skumax[s] = q
        for f, t in tiers.items():
            b = fammax.get(f)
            if t > low[f] and (b is None or t > b): uc = True
            if b is None or t > b: fammax[f] = t
    cross += xc; up += uc; deep += dc
n = len(by_cust)
print(f"customers {n} cross {cross} ({cross/n:.4f}) up {up} ({up/n:.4f}) deep {deep} ({deep/n:.4f})")
print("products with category", sum(1 for p in prod.values() if p["category"]), "of", len(prod))
