// The shape of every pack's names for the things of an agreement, as findings
// show them ("Datenfluss 1 (Jobcenter → JMD)", "Partner `dw` (Diakonie)",
// "Aufgabe 3 der JMD", "Ziel 2"): src/check/names.ts picks the thing, the pack
// words it.

import type { Case } from './types.js';

/** a partner or unit as running text names it: its label in the message's language */
export interface PartyRef {
  name: string;
  kind: 'partner' | 'unit';
}

export interface NameWords {
  /**
   * A party in a case, for running text: "des Jobcenters Kiel", "dem
   * Jugendmigrationsdienst". Where the grammar is unsure of a name, a noun
   * carries the case ("des Partners Foo").
   */
  party(party: PartyRef, c: Case): string;
  /** several parties in a case, joined: "der MSB und des JMD" */
  parties(parties: readonly PartyRef[], c: Case): string;
  /** "Partner `dw` (Diakonie)"; n counts from 1 */
  partner(n: number, id: string | undefined, label: string | undefined): string;
  /** "Einheit `jmd` (Jugendmigrationsdienst)"; without an id, with its partner */
  unit(n: number, id: string | undefined, label: string | undefined, partner: string): string;
  contact(n: number, name: string | undefined, of: string): string;
  signatory(n: number, name: string | undefined, of: string): string;
  /** a `responsibilities` entry: its heading in the document, "Abschnitt „Aufgaben der JMD“" */
  responsibility(n: number, parties: readonly PartyRef[]): string;
  /** "Aufgabe 3 der JMD"; `responsibility` (from 1) when the entry names no party */
  task(n: number, parties: readonly PartyRef[], responsibility: number): string;
  sharedTask(n: number, text: string | undefined): string;
  /** "Datenfluss 1 (Jobcenter → JMD)"; the parties as labels */
  dataFlow(n: number, from: string | undefined, to: readonly string[]): string;
  body(n: number, name: string | undefined): string;
  offer(n: number, name: string | undefined): string;
  goal(n: number, text: string | undefined): string;
  indicator(n: number, goal: string): string;
  legalBasis(n: number): string;
  annex(n: number): string;
  /** an entry of a list that is no thing of its own (`to`, `data`, `members`) */
  entry(n: number, key: string, of: string): string;
  /** a key of a thing: "`statute` in Datenfluss 1 (…)" */
  key(key: string, of: string): string;
  /** a text quoted the way the language quotes */
  quote(text: string): string;
  /** an empty value, as messages show it */
  empty: string;
  /** the document as a whole */
  document: string;
}
