import { describe, expect, it } from 'vitest';
import { SEMANTIC_RELATION_TYPES } from '../src/model/vocabulary';
import { defaultState, parseState, serializeState, type ExplorerState } from '../src/state/explorerState';

describe('the URL state', () => {
  it('round-trips a full view (lists in schema order)', () => {
    const state: ExplorerState = {
      ...defaultState('en'), q: '大连', kind: 'PLACE', focus: 'UGxhY2U6cGxhY2VfMQ', seeds: ['UGxhY2U6cGxhY2VfMQ', 'T3JnOm9yZ18y'],
      depth: 2, limit: 200, hiddenKinds: [], hiddenTypes: ['MENTIONS', 'AFFECTS'], layout: 'concentric',
      from: 'UGVyc29uOjE', to: 'UGxhY2U6Mg', maxLength: 5, mentions: true, policy: 'UG9saWN5OjM', view: 'impact',
    };
    const back = parseState(serializeState(state), 'zh');
    expect(back).toEqual(state);
  });

  it('leaves defaults out, so a fresh view has a short URL', () => {
    expect(serializeState(defaultState('zh'))).toBe('?lang=zh');
  });

  it('hides articles and MENTIONS by default, so paths and drawings are semantic', () => {
    const state = parseState('', 'zh');
    expect(state.hiddenKinds).toEqual(['ARTICLE']);
    expect(state.hiddenTypes).toEqual(['MENTIONS']);
    expect(SEMANTIC_RELATION_TYPES).not.toContain('MENTIONS');
    expect(SEMANTIC_RELATION_TYPES).toHaveLength(11);
  });

  it('keeps "show everything" apart from the default', () => {
    const everything = { ...defaultState('zh'), hiddenKinds: [], hiddenTypes: [] };
    expect(parseState(serializeState(everything), 'zh')).toEqual(everything);
  });

  it('drops what is malformed and bounds what is too big', () => {
    const state = parseState('?lang=xx&focus=%3Cscript%3E&seeds=a,b,%22&depth=9&limit=100000&maxLength=0&kind=NOPE&layout=x&view=y&hideKinds=PLACE,NOPE', 'en');
    expect(state.lang).toBe('en');
    expect(state.focus).toBeNull();
    expect(state.seeds).toEqual(['a', 'b']);
    expect(state.depth).toBe(3);
    expect(state.limit).toBe(500);
    expect(state.maxLength).toBe(1);
    expect(state.kind).toBeNull();
    expect(state.layout).toBe('auto');
    expect(state.view).toBe('entity');
    expect(state.hiddenKinds).toEqual(['PLACE']);
  });

  it('keeps at most twenty drawn neighbourhoods', () => {
    const seeds = Array.from({ length: 50 }, (_, i) => `id${i}`).join(',');
    expect(parseState(`?seeds=${seeds}`, 'zh').seeds).toHaveLength(20);
  });
});
