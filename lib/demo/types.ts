import type { CampaignType } from "../schemas/campaign-types";

// Rows shaped like the schema's insert types, but linked by the shop's own string keys
// (customerKey, sku, orderKey, campaignKey) so the data is independent of database ids.

export interface DemoCustomer {
  customerKey: string;
  signupDate: string; // YYYY-MM-DD
  birthYear: number;
  gender: "female" | "male" | "other";
  city: string;
  region: string;
  country: "NL" | "BE";
  channel: string;
  marketingOptOut: boolean;
}

export interface DemoCustomerAttribute {
  customerKey: string;
  key: string;
  value: string;
}

export interface DemoProduct {
  sku: string;
  name: string;
  category: string;
  family: string | null;
  tier: number | null;
  price: number;
  cost: number;
}

export type DemoOrderStatus = "paid" | "refunded" | "cancelled";
export type DemoOrderChannel = "web" | "app" | "marketplace";

export interface DemoOrder {
  orderKey: string;
  customerKey: string;
  orderedAt: Date; // UTC instant
  status: DemoOrderStatus;
  channel: DemoOrderChannel;
  currency: "EUR";
}

export interface DemoOrderLine {
  orderKey: string;
  lineNo: number;
  sku: string;
  quantity: number; // negative = return line
  unitPrice: number;
  discount: number; // amount off the whole line
}

export interface DemoCampaign {
  campaignKey: string;
  name: string;
  type: CampaignType;
  channel: string;
  placement: string;
  startDate: string;
  endDate: string;
  cost: number;
  targetSegment: string | null;
  promotedSkus: string[];
}

export type DemoPlacement = "cart" | "product_page" | "checkout" | "email";

export interface DemoOffer {
  offerKey: string;
  customerKey: string;
  campaignKey: string;
  variant: string;
  placement: DemoPlacement;
  shownAt: Date;
  accepted: boolean;
  orderKey: string | null;
  revenue: number | null;
}

export interface DemoFeedback {
  customerKey: string;
  date: string; // YYYY-MM-DD
  rating: number;
  scale: 5 | 10;
  campaignKey: string | null;
  comment: string | null;
}

export interface DemoData {
  seed: number;
  scale: number;
  startDate: string;
  endDate: string;
  currency: "EUR";
  customers: DemoCustomer[];
  customerAttributes: DemoCustomerAttribute[];
  products: DemoProduct[];
  orders: DemoOrder[]; // chronological
  orderLines: DemoOrderLine[]; // grouped by order, in order of `orders`
  campaigns: DemoCampaign[];
  offers: DemoOffer[]; // by shownAt
  feedback: DemoFeedback[]; // by date
}
