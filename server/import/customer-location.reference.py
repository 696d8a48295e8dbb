# Independent reference for customer-location-real.test.ts: each customer's place from the address on
# their latest order (ties: the later row of the file), and the customers with a counted order per
# place, worked out from the raw exports with Python's csv module, not with Liftboard's code.
# Run from the repository: python3 server/import/customer-location.reference.py | python3 -m json.tool --sort-keys
# > server/import/customer-location.reference.json
import csv, collections, datetime, json, os, re
D = os.path.join(os.path.dirname(__file__), "../../../shared/datasets/")

def latest_place(orders):
    """orders: (customer, instant, address, counted) in file order, address None when the order gives
    none, else its value (None when that part is empty) -> {value: customers with a counted order}."""
    place, at, active = {}, {}, set()
    for c, t, a, counted in orders:
        if counted: active.add(c)
        if a is not None and (c not in at or t >= at[c]):
            place[c], at[c] = a[0], t
    out = collections.Counter(place.get(c) for c in active)
    return {("(unknown)" if k is None else k): n for k, n in out.items()}

# Shopify: order fields on an order's first row; the preset reads Billing Province Name and Billing Country.
shop = []
first = None
for r in csv.DictReader(open(D + "shop_exports/shopify_orders_export_petpads_2023-05_redacted.csv", encoding="utf-8")):
    if first is not None and r["Name"] == first["Name"]: continue
    first = r
    st = r["Financial Status"].strip().lower()
    counted = st not in ("refunded", "voided", "cancelled", "canceled") and not r["Cancelled at"].strip()
    t = datetime.datetime.strptime(r["Created at"].strip(), "%Y-%m-%d %H:%M:%S %z").timestamp()
    city, region, country = (r[k].strip() or None for k in ("Billing City", "Billing Province Name", "Billing Country"))
    has = city or region or country
    shop.append((r["Email"].strip().lower(), t, counted, {"region": region, "country": country} if has else None))
shopify = {dim: latest_place([(c, t, a and (a[dim],), k) for c, t, k, a in shop]) for dim in ("region", "country")}

# UCI: Country on every line. Lines without a customer are guests; postage, fees and vouchers and
# negative prices give no order line, so an invoice of only those is no order. "C" invoices are cancelled.
ASIDE = {"POST", "DOT", "C2", "BANK CHARGES", "AMAZONFEE", "CRUK"}
invoices = collections.OrderedDict()
for r in csv.DictReader(open(D + "online_retail/online_retail_uci.csv", encoding="utf-8")):
    cust = r["CustomerID"].strip()
    if not cust or r["StockCode"] in ASIDE or re.fullmatch(r"gift_\d+_\d+", r["StockCode"]) or float(r["UnitPrice"]) < 0: continue
    inv = r["InvoiceNo"]
    if inv not in invoices:
        country = r["Country"].strip() or None
        invoices[inv] = (cust, datetime.datetime.strptime(r["InvoiceDate"], "%Y-%m-%d %H:%M:%S"), (country,) if country else None, not inv.startswith("C"))
uci = {"country": latest_place(list(invoices.values()))}
print(json.dumps({"shopify": shopify, "uci": uci}, sort_keys=True))
