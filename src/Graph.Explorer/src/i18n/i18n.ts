import type { EntityKind, ImpactPolarity, RelationType } from '../model/vocabulary';
import { KIND_NAMES, MESSAGES, POLARITY_NAMES, RELATION_NAMES, type Language, type MessageKey } from './messages';

/** The interface language: Chinese or English labels for everything the explorer itself writes. */
export class I18n {
  constructor(public language: Language) {}

  t(key: MessageKey, values: Readonly<Record<string, string | number>> = {}): string {
    return MESSAGES[this.language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole);
  }

  kind(kind: EntityKind): string {
    return KIND_NAMES[this.language][kind];
  }

  relation(type: RelationType): string {
    return RELATION_NAMES[this.language][type];
  }

  polarity(polarity: ImpactPolarity): string {
    return POLARITY_NAMES[this.language][polarity];
  }

  /** The BCP 47 tag for `<html lang>` and number formats. */
  get tag(): string {
    return this.language === 'zh' ? 'zh-Hans' : 'en';
  }

  number(value: number): string {
    return new Intl.NumberFormat(this.tag, { maximumFractionDigits: 2 }).format(value);
  }

  /** Fills every element marked `data-i18n="key"` under the root. */
  apply(root: ParentNode): void {
    for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
      element.textContent = this.t(element.dataset.i18n as MessageKey);
    }
  }
}
