import type { Block } from '../blocks/block.ts';
import type { CueStatus } from '../language/status-cues.ts';
import type { ControlId, Status } from '../schema/index.ts';

/** One sentence (or table row) with the context it was read in. */
export interface Unit {
  text: string;
  /** The exact quote a claim from this unit carries. */
  evidence: string;
  block: Block;
  /** Headings, list lead-in, row header, column header and question around the unit: what it is about. */
  topic: string;
  /** The nearest heading. */
  heading: string | null;
  /** A question this unit answers (FAQ), when it begins the answer. */
  question: string | null;
  /** The first body sentence under a heading: a heading naming a control makes it a claim. */
  firstInSection: boolean;
  /** Planned / in progress from a "Roadmap" heading or an "Upcoming:" lead-in. */
  contextStatus: CueStatus | null;
  /** A table row's status cell ("Yes", "In progress", "No"). */
  rowStatus: Status | null;
  /** A card's status pill ("In audit", "Planned", "On roadmap 2027") printed after its title and body: the status of what the title names. */
  cardStatus?: Status | null;
  /** The pill's words, which carry the card's values ("Type I planned · Q3 2026"). */
  cardWords?: string | null;
  /** Where the row's first cell ends in `text`: the status cell speaks of what is named there. */
  rowHeaderEnd?: number;
  /** Inside an out-of-scope list or a definition: no claims. */
  suppressed: boolean;
}

export type AttributeReader = (text: string, unit: Unit) => Record<string, unknown>;

/** One control's patterns, as data. */
export interface ControlPatterns {
  control: ControlId;
  /** Wording that names the control; the shared negation applies ("not SOC 2 certified"). */
  mentions: RegExp[];
  /** Wording that carries its own polarity ("never stored in plain text", "not used to train"): no negation applied. */
  polar?: RegExp[];
  /** A heading, lead or column header naming the control's section. */
  topic?: RegExp;
  /** A section whose in-section wording (inTopic) is this control's, without its heading making the first sentence a claim. */
  inTopicSection?: RegExp;
  /** Wording that names the control only inside its own section ("acknowledge receipt within 3 business days"). */
  inTopic?: RegExp[];
  /** A claim needs this in its text too (a residency claim names a place). */
  requires?: RegExp;
  /** Wording that shows the unit is about something else. */
  excludes?: RegExp[];
  /** A section (heading, row header, column header) whose units speak of something else: a sub-processor table's locations are no residency. */
  topicExcludes?: RegExp;
  /** The claim is itself addressed to the reader ("email security@…", "report it on Bugcrowd"): instructions to the reader are its claims. */
  addressedToReader?: boolean;
  /** The attributes are the scope of the mention itself ("SOC 2 Type I", "PCI DSS Level 1"): read them in its own clause only. */
  scopedToClause?: boolean;
  /** Reads the control's attributes from the claim text. */
  attributes?: AttributeReader;
}
