using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Storage.Sqlite.Queries;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Writing;

/// <summary>
/// Removes what earlier versions of a document (same name, other hash) contributed, inside the caller's write
/// transaction, before the new version is upserted (see IGraphStore.ReplaceDocumentAsync). A fact goes only when
/// nothing else supports it: a relation with no mention left, an entity with no mention, relation or observation left
/// that the new version does not hold.
/// </summary>
internal sealed class DocumentRetraction(SqliteConnection connection, SqliteTransaction transaction)
{
    // Temp tables live in the connection's temp schema and vanish with the transaction's data (DELETE at start).
    private const string Prepare = """
        CREATE TEMP TABLE IF NOT EXISTS retract_articles (id TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TEMP TABLE IF NOT EXISTS retract_candidates (id TEXT PRIMARY KEY) WITHOUT ROWID;
        DELETE FROM retract_articles;
        DELETE FROM retract_candidates;
        """;

    // One earlier version ($old): its articles and everything its mentions touched become candidates; its mentions,
    // its articles' observations and relations go; candidates then go when nothing supports them any more.
    private const string RetractVersion = """
        INSERT OR IGNORE INTO retract_articles (id)
            SELECT id FROM entities WHERE kind = 'Article' AND json_extract(attributes, '$.document') = $old;
        INSERT OR IGNORE INTO retract_articles (id) SELECT DISTINCT article_id FROM mentions WHERE document_hash = $old;
        INSERT OR IGNORE INTO retract_candidates (id) SELECT id FROM retract_articles;
        INSERT OR IGNORE INTO retract_candidates (id) SELECT DISTINCT target_id FROM mentions WHERE document_hash = $old;
        INSERT OR IGNORE INTO retract_candidates (id)
            SELECT subject_id FROM observations WHERE article_id IN (SELECT id FROM retract_articles)
            UNION SELECT indicator_id FROM observations WHERE article_id IN (SELECT id FROM retract_articles);
        INSERT OR IGNORE INTO retract_candidates (id)
            SELECT from_id FROM relations WHERE to_id IN (SELECT id FROM retract_articles)
            UNION SELECT to_id FROM relations WHERE from_id IN (SELECT id FROM retract_articles);
        DELETE FROM mentions WHERE document_hash = $old;
        DELETE FROM observations WHERE article_id IN (SELECT id FROM retract_articles);
        DELETE FROM relations WHERE from_id IN (SELECT id FROM retract_articles) OR to_id IN (SELECT id FROM retract_articles);
        INSERT OR IGNORE INTO retract_candidates (id)
            SELECT r.from_id FROM relations r JOIN retract_candidates c ON c.id = r.id
                WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.target_id = r.id)
            UNION SELECT r.to_id FROM relations r JOIN retract_candidates c ON c.id = r.id
                WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.target_id = r.id);
        DELETE FROM relations
            WHERE id IN (SELECT id FROM retract_candidates)
              AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.target_id = relations.id);
        DELETE FROM document_texts WHERE hash = $old;
        DELETE FROM documents WHERE hash = $old;
        """;

    // Entities among the candidates that nothing supports any more, and that the new version does not hold ($keep).
    private const string DropOrphans = """
        CREATE TEMP TABLE IF NOT EXISTS retract_orphans (entity_no INTEGER PRIMARY KEY, id TEXT NOT NULL);
        DELETE FROM retract_orphans;
        INSERT INTO retract_orphans (entity_no, id)
            SELECT e.entity_no, e.id FROM entities e JOIN retract_candidates c ON c.id = e.id
            WHERE e.id NOT IN (SELECT value FROM json_each($keep))
              AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.target_id = e.id)
              AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.from_id = e.id)
              AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.to_id = e.id)
              AND NOT EXISTS (SELECT 1 FROM observations o WHERE o.subject_id = e.id)
              AND NOT EXISTS (SELECT 1 FROM observations o WHERE o.indicator_id = e.id)
              AND (e.kind <> 'Article' OR NOT EXISTS (SELECT 1 FROM observations o WHERE o.article_id = e.id));
        DELETE FROM search_grams WHERE entity_no IN (SELECT entity_no FROM retract_orphans);
        DELETE FROM search_terms WHERE entity_no IN (SELECT entity_no FROM retract_orphans);
        DELETE FROM entities WHERE entity_no IN (SELECT entity_no FROM retract_orphans);
        """;

    /// <summary>Retracts every earlier version of <paramref name="document"/>; returns how many there were.</summary>
    public async Task<int> RetractEarlierVersionsAsync(DocumentInfo document, IEnumerable<EntityId> keep, CancellationToken cancellationToken)
    {
        var earlier = new List<string>();
        await using (var find = Commands.Create(connection, "SELECT hash FROM documents WHERE name = $name AND hash <> $hash", transaction)
            .With("$name", document.Name).With("$hash", document.Hash))
        await using (var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                earlier.Add(reader.GetString(0));
            }
        }

        if (earlier.Count == 0)
        {
            return 0;
        }

        await ExecuteAsync(Prepare, command => { }, cancellationToken).ConfigureAwait(false);
        foreach (var hash in earlier)
        {
            await ExecuteAsync(RetractVersion, command => command.With("$old", hash), cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(DropOrphans, command => command.WithList("$keep", keep.Select(id => id.Value)), cancellationToken).ConfigureAwait(false);
        return earlier.Count;
    }

    private async Task ExecuteAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var command = Commands.Create(connection, sql, transaction);
        bind(command);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
