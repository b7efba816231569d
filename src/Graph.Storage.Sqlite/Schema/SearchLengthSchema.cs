namespace Graph.Storage.Sqlite.Schema;

/// <summary>
/// Schema version 3: each gram posting carries the length of the term it came from, right after the gram in its key, and
/// terms get an index of their own.
/// </summary>
internal static class SearchLengthSchema
{
    // Why: search ranks exact names, then prefixes, then names that merely contain the text, shorter names first. A common
    // gram (有限 is in every company name) has hundreds of thousands of postings; ranking them all to return ten was the
    // slowest read of the store. Postings keyed (gram, length, entity_no) come out best first, so a search reads about as
    // many postings as it returns; search_terms_by_term answers exact and prefix matches with one range. The postings of
    // an existing store are rebuilt here from search_terms, with the same grams SearchText.IndexGrams makes: each
    // character followed by the next, the last by U+FFFF.
    public const string Sql = """
        CREATE TABLE search_grams_by_length (
            gram      TEXT NOT NULL,
            length    INTEGER NOT NULL,
            entity_no INTEGER NOT NULL REFERENCES entities (entity_no),
            PRIMARY KEY (gram, length, entity_no)
        ) WITHOUT ROWID;
        INSERT OR IGNORE INTO search_grams_by_length (gram, length, entity_no)
        WITH RECURSIVE positions (entity_no, term, i) AS (
            SELECT entity_no, term, 1 FROM search_terms
            UNION ALL
            SELECT entity_no, term, i + 1 FROM positions WHERE i < length(term))
        SELECT substr(term, i, 1) || CASE WHEN i < length(term) THEN substr(term, i + 1, 1) ELSE char(65535) END, length(term), entity_no
        FROM positions;
        DROP TABLE search_grams;
        ALTER TABLE search_grams_by_length RENAME TO search_grams;
        CREATE INDEX search_terms_by_term ON search_terms (term, entity_no);
        """;
}
