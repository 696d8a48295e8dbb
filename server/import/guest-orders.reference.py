# Independent reference for guest-orders-real.test.ts: on the shared real exports whose orders include
# guest checkouts (no e-mail / no CustomerID), the counted orders and their revenue (AOV), and the
# customers and their revenue (lifetime value), worked out with Python's csv module and docs/kpis.md's
# rules, not with Liftboard's code. Run from the repository: python3 server/import/guest-orders.reference.py
import csv, os, collections
D = os.path.join(os.path.dirname(__file__), "../../../shared/datasets/")

def report(name, orders):
    # orders: {key: (customer or None, counted, revenue)}
    counted = [o for o in orders.values() if o[1]]
    revenue = sum(o[2] for o in counted)
    guests = sum(1 for o in orders.values() if o[0] is None)
    by_cust = collections.Counter(o[0] for o in counted if o[0] is not None)
    cust_revenue = sum(o[2] for o in counted if o[0] is not None)
    print(f"{name}: orders {len(orders)}, guest orders {guests}, counted {len(counted)}, revenue {revenue:.2f}, "
          f"customers {len(by_cust)}, customers' revenue {cust_revenue:.2f}, repeaters {sum(1 for n in by_cust.values() if n >= 2)}")

# Shopify (older 78-column layout): order fields on an order's first row; a tip is no line; an order's
# discount is the larger of its line discounts and its Discount Amount (at most its value).
rows = list(csv.DictReader(open(D + "shop_exports/shopify_orders_export_explorer_2020-2022_redacted.csv", encoding="utf-8")))
first = {}
gross = collections.defaultdict(float); line_disc = collections.defaultdict(float)
for r in rows:
    f = first.setdefault(r["Name"], r)
    if r["Lineitem name"] == "Tip" and not r["Lineitem sku"].strip(): continue
    gross[r["Name"]] += float(r["Lineitem quantity"]) * float(r["Lineitem price"])
    line_disc[r["Name"]] += float(r["Lineitem discount"] or 0)
orders = {}
for name, f in first.items():
    status = f["Financial Status"].strip().lower()
    counted = status not in ("refunded", "voided") and not f["Cancelled at"].strip()
    disc = max(line_disc[name], min(float(f["Discount Amount"] or 0), gross[name]))
    mail = f["Email"].strip().lower() or None
    orders[name] = (mail, counted, gross[name] - disc)
report("shopify explorer", orders)

# UCI Online Retail, December 2010 (EU layout): a C-invoice is cancelled; a line identical to an earlier
# line of its invoice counts once; postage, carriage, fees and gift vouchers (by StockCode) are no lines;
# a negative price is refused; revenue = quantity x price.
import re
NOT_PRODUCT = re.compile(r"^(POST|DOT|C2|BANK CHARGES|AMAZONFEE|CRUK|gift_\d+_\d+)$")
orders = {}
seen = set()
for r in csv.reader(open(D + "online_retail/online_retail_2010-12_EU_FORMAT_DERIVED.csv", encoding="utf-8-sig"), delimiter=";"):
    if r[0] == "InvoiceNo": continue
    key = tuple(r)
    if key in seen: continue
    seen.add(key)
    if NOT_PRODUCT.match(r[1]): continue
    price = float(r[5].replace(",", "."))
    if price < 0: continue
    cust, counted, rev = orders.get(r[0], (r[6] or None, not r[0].startswith("C"), 0.0))
    orders[r[0]] = (cust, counted, rev + float(r[3]) * price)
report("uci december", orders)
