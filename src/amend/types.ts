// The structural change list between two versions of one agreement: what
// `agree diff` prints and `agree amend` states. Language-neutral: ids, YAML
// keys, pointers and the wordings as written; the sentences are added from the
// language pack (edits.ts).

/** the parts of an agreement, in the order of the rendered document */
export type Clause =
  | 'title'
  | 'partners'
  | 'purpose'
  | 'responsibilities'
  | 'bodies'
  | 'offers'
  | 'goals'
  | 'contacts'
  | 'dataProtection'
  | 'term'
  | 'amendment'
  | 'review'
  | 'annexes'
  | 'record';

export const CLAUSES: readonly Clause[] = [
  'title',
  'partners',
  'purpose',
  'responsibilities',
  'bodies',
  'offers',
  'goals',
  'contacts',
  'dataProtection',
  'term',
  'amendment',
  'review',
  'annexes',
  'record',
];

export type Subject =
  | 'title'
  | 'district'
  | 'version'
  | 'partner'
  | 'unit'
  | 'contact'
  | 'purpose'
  | 'legalBasis'
  | 'responsibility'
  | 'task'
  | 'sharedTask'
  | 'dataFlow'
  | 'body'
  | 'offer'
  | 'goal'
  | 'term'
  | 'amendment'
  | 'review'
  | 'annex';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'reworded' | 'moved' | 'replaced' | 'renamed';

/** what the partners' data-protection officers and management must see */
export type AttentionKind = 'dataFlowAdded' | 'dataItemsAdded' | 'legalBasisChanged' | 'consentFormChanged' | 'lastTaskRemoved';

export type Value = string | number | boolean | string[] | null;

export interface FieldChange {
  /** the YAML key, e.g. "lead", "address", "targetGroup" */
  field: string;
  old: Value;
  new: Value;
}

/** Where a change stands in the two documents (internal: the amendment's edits find their places by it). */
export type Place =
  | { kind: 'document' }
  | { kind: 'partner'; old: number | null; new: number | null }
  | { kind: 'unit'; old: [number, number] | null; new: [number, number] | null }
  | { kind: 'contact'; old: number | null; new: number | null }
  | { kind: 'group'; old: number | null; new: number | null }
  | { kind: 'task'; old: number | null; new: number | null }
  | { kind: 'dataFlow' | 'body' | 'offer' | 'goal' | 'annex'; old: number | null; new: number | null }
  | { kind: 'purpose' | 'legalBasis' | 'term' | 'amendment' | 'review' };

export interface Change {
  clause: Clause;
  subject: Subject;
  change: ChangeKind;
  /** the id before and after, for partners, units, tasks and bodies (given or derived) */
  id: { old: string | null; new: string | null } | null;
  /** JSON pointers into the two merged documents */
  pointer: { old: string | null; new: string | null };
  /** the name or wording before and after (null where added, removed, or a clause of several values) */
  old: string | null;
  new: string | null;
  /** the values that changed, by YAML key */
  fields: FieldChange[];
  /** a reworded item recognised by its wording (no id in common): how alike the wordings are, 0…1 */
  similarity: number | null;
  attention: AttentionKind[];
  /** stated in the amendment; false for values that only keep records (version, last review, contact list date …) */
  amends: boolean;
  place: Place;
}

export interface Attention {
  kind: AttentionKind;
  /** index into the change list */
  change: number;
  /** the partner concerned (lastTaskRemoved), or the sender of a data flow */
  party: string | null;
}

export interface PartyPair {
  old: string;
  new: string;
  /** how the new party relates to the old one */
  relation: 'same' | 'renamed' | 'replaced';
}
