// The agreement file as it is after loading and merging `extends` (SPEC §2).
// These types describe a document that passed the schema; before that, the
// loader only guarantees plain JSON values.

/** a language code with a registered pack (src/lang): de, en … */
export type Lang = string;
export type Kind = 'agreement' | 'informal';
export type PartnerType = 'jobcenter' | 'county' | 'welfare' | 'agency' | 'other';
export type Service = 'mbe' | 'msb' | 'jmd' | 'jobcenter' | 'other';
export type Frequency = 'once' | 'monthly' | 'quarterly' | 'semiannual' | 'annual' | 'asNeeded';
export type ChurchLaw = 'DSG-EKD' | 'KDG';
export type RuleSetting = 'off' | 'info' | 'warning' | 'error';

export interface Address {
  street: string;
  postalCode: string;
  city: string;
}

export interface Contact {
  name: string;
  role?: string;
  topic?: string;
  phone?: string;
  email?: string;
}

export interface Unit {
  id: string;
  name: string;
  shortName?: string;
  service?: Service;
  targetGroup?: { ageMin?: number; ageMax?: number; description?: string };
  framework?: string;
  contacts?: Contact[];
}

export interface Signatory {
  name?: string;
  role?: string;
}

export interface Partner {
  id: string;
  name: string;
  shortName?: string;
  type?: PartnerType;
  churchLaw?: ChurchLaw;
  representedBy?: string;
  address?: Address;
  units?: Unit[];
  contacts?: Contact[];
  contactsUpdated?: string;
  signatories?: Signatory[];
}

export interface TaskObject {
  text: string;
  id?: string;
  costBearer?: string;
}
export type TaskEntry = string | TaskObject;

export interface Responsibility {
  by: string | string[];
  intro?: string;
  tasks: TaskEntry[];
  notes?: string;
}

export interface SharedTask {
  text: string;
  id?: string;
  lead?: string;
  frequency?: Frequency;
  costBearer?: string;
}

export interface DataFlow {
  from: string;
  to: string | string[];
  data?: string[];
  purpose?: string;
  legalBasis: 'consent' | 'statute';
  consentForm?: string;
  statute?: string;
  task?: string;
}

export interface Body {
  /** optional stable id (meetings in review results); derived from the name when absent */
  id?: string;
  name: string;
  convener?: string;
  members?: string | string[];
  frequency?: Frequency;
  purpose?: string;
}

export interface Offer {
  name: string;
  provider?: string;
  funder?: string;
  description?: string;
  targetGroup?: string;
}

export interface Goal {
  text: string;
  indicators?: string[];
}

export interface Term {
  from?: string;
  /** null: stated as open-ended, like indefinite: true */
  until?: string | null;
  /** the document says "unbefristet" (without it, an open end is not stated) */
  indefinite?: boolean;
  noticeMonths?: number;
}

/** separate: "Ort, Datum" and "Unterschrift (DWD)"; combined: the seed's one line "Datum, Unterschrift (DWD)" */
export type SignatureLines = 'separate' | 'combined';

export interface Amendment {
  writtenRequest?: boolean;
}

export interface Review {
  intervalMonths?: number;
  owner?: string;
  lastReview?: string;
  /** the next review's date when the last review fixed one (agree review --record) */
  next?: string;
}

export interface Agreement {
  schemaVersion: 1;
  id: string;
  kind: Kind;
  language?: Lang;
  title?: string;
  district: string;
  version: string;
  extends?: string;
  purpose?: string;
  legalBasis?: string[];
  partners: Partner[];
  responsibilities?: Responsibility[];
  sharedTasks?: SharedTask[];
  dataFlows?: DataFlow[];
  bodies?: Body[];
  offers?: Offer[];
  goals?: Goal[];
  term?: Term;
  amendment?: Amendment;
  review?: Review;
  annexes?: string[];
  signatureLines?: SignatureLines;
  rules?: Record<string, RuleSetting>;
}
