// Indexes for the store's reads: keyset pages per kind, observations per subject and indicator, provenance per fact.
CREATE INDEX entity_kind_name IF NOT EXISTS FOR (e:Entity) ON (e.kind, e.name);
CREATE INDEX entity_kind_start IF NOT EXISTS FOR (e:Entity) ON (e.kind, e.startDate);
CREATE INDEX observation_subject IF NOT EXISTS FOR (o:Observation) ON (o.subjectId, o.indicatorId, o.periodStart);
CREATE INDEX observation_indicator IF NOT EXISTS FOR (o:Observation) ON (o.indicatorId);
CREATE INDEX mention_target IF NOT EXISTS FOR (m:Mention) ON (m.targetId);
// Replacing a document: its earlier versions by name, their mentions by document, their articles' observations.
CREATE INDEX document_name IF NOT EXISTS FOR (d:Document) ON (d.name);
CREATE INDEX mention_document IF NOT EXISTS FOR (m:Mention) ON (m.documentHash);
CREATE INDEX observation_article IF NOT EXISTS FOR (o:Observation) ON (o.articleId);
// Search. Lucene's standard analyzer cuts Chinese into single characters, so a two-character query such as 大连 would
// match every name holding 大 and 连 anywhere. The store therefore writes its own tokens into e.searchTokens: every
// character and every pair of adjacent characters of the canonical name and aliases (NFKC, no white space, Latin upper
// case), separated by spaces. The whitespace analyzer indexes those tokens verbatim, a query of n characters asks for
// all its n-1 pairs, and the store confirms candidates with a substring test on e.searchTerms before ranking them.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.searchTokens]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
// Pinyin order of names (NAME_PINYIN_ASC): the ICU sort key the store writes beside each name (Graph.Domain NameSortKey).
CREATE INDEX entity_kind_name_key IF NOT EXISTS FOR (e:Entity) ON (e.kind, e.nameKey);
