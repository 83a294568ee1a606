import type { Citation } from '../law/citation.js';
import type { Parameter, RuleFile, RuleList } from '../schema/rule-file.js';

/** A parameter of the rule file, or undefined when this standard does not state it. */
export function param(rules: RuleFile, id: string): Parameter | undefined {
  return rules.parameters[id];
}

/** A numeric parameter's value. */
export function num(rules: RuleFile, id: string): number | undefined {
  const p = rules.parameters[id];
  return typeof p?.value === 'number' ? p.value : undefined;
}

export function list(rules: RuleFile, id: string): RuleList | undefined {
  return rules.lists[id];
}

/** The citation of a list item, or of the list when the item is unknown. */
export function itemCitation(l: RuleList, item: string | undefined): Citation {
  return l.items.find((i) => i.id === item)?.citation ?? l.citation;
}

export function hasItem(l: RuleList | undefined, item: string | undefined): boolean {
  return l !== undefined && item !== undefined && l.items.some((i) => i.id === item);
}
