using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Writing;

/// <summary>The statements one batch runs, prepared once and reused for every row of the batch.</summary>
internal sealed class BatchStatements : IAsyncDisposable
{
    public BatchStatements(SqliteConnection connection, SqliteTransaction transaction)
    {
        Document = new(connection, transaction,
            """
            INSERT OR IGNORE INTO documents (hash, name, title, source, published_at, length, ingested_at)
            VALUES ($hash, $name, $title, $source, $published, $length, $ingested)
            """,
            "$hash", "$name", "$title", "$source", "$published", "$length", "$ingested");
        // A text stored once stays: the same hash is the same text. A document stored earlier without it gains it here.
        DocumentText = new(connection, transaction,
            "INSERT OR IGNORE INTO document_texts (hash, text) VALUES ($hash, $text)", "$hash", "$text");
        InsertEntity = new(connection, transaction,
            """
            INSERT INTO entities (id, kind, name, aliases, subtype, start_date, end_date, attributes, name_key)
            VALUES ($id, $kind, $name, $aliases, $subtype, $start, $end, $attributes, $nameKey)
            RETURNING entity_no
            """,
            "$id", "$kind", "$name", "$aliases", "$subtype", "$start", "$end", "$attributes", "$nameKey");
        UpdateEntity = new(connection, transaction,
            """
            UPDATE entities SET aliases = $aliases, subtype = $subtype, start_date = $start, end_date = $end, attributes = $attributes
            WHERE entity_no = $no
            """,
            "$aliases", "$subtype", "$start", "$end", "$attributes", "$no");
        Term = new(connection, transaction,
            "INSERT OR IGNORE INTO search_terms (entity_no, term) VALUES ($no, $term)", "$no", "$term");
        Gram = new(connection, transaction,
            "INSERT OR IGNORE INTO search_grams (gram, length, entity_no) VALUES ($gram, $length, $no)", "$gram", "$length", "$no");
        Observation = new(connection, transaction,
            """
            INSERT OR IGNORE INTO observations (id, indicator_id, subject_id, value, unit, normalized_value, base_unit,
                                                period_start, period_end, yoy_pct, article_id, is_target, unresolved_period)
            VALUES ($id, $indicator, $subject, $value, $unit, $normalized, $base, $start, $end, $yoy, $article, $target, $unresolved)
            """,
            "$id", "$indicator", "$subject", "$value", "$unit", "$normalized", "$base", "$start", "$end", "$yoy", "$article", "$target", "$unresolved");
    }

    public PreparedStatement Document { get; }

    public PreparedStatement DocumentText { get; }

    public PreparedStatement InsertEntity { get; }

    public PreparedStatement UpdateEntity { get; }

    public PreparedStatement Term { get; }

    public PreparedStatement Gram { get; }

    public PreparedStatement Observation { get; }

    public async ValueTask DisposeAsync()
    {
        PreparedStatement[] all = [Document, DocumentText, InsertEntity, UpdateEntity, Term, Gram, Observation];
        foreach (var statement in all)
        {
            await statement.DisposeAsync().ConfigureAwait(false);
        }
    }
}
