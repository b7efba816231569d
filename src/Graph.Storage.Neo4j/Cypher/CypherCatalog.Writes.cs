using Graph.Domain.Model;

namespace Graph.Storage.Neo4j.Cypher;

/// <summary>
/// The statements of one batch's write transaction. Rows travel as one list parameter and are written with
/// <c>UNWIND $rows AS row MERGE ...</c>, one statement per chunk of rows, never one round trip per fact.
/// </summary>
public static partial class CypherCatalog
{
    public const string DocumentExists = "MATCH (d:Document {hash: $hash}) RETURN d.hash AS hash";

    // A node without a kind is a placeholder LockEntities created for an ID that is not stored; it is no entity.
    public const string ExistingEntityIds = "UNWIND $ids AS id MATCH (e:Entity {id: id}) WHERE e.kind IS NOT NULL RETURN e.id AS id";

    /// <summary>
    /// Takes the write lock of each entity a batch writes or refers to, in the order of <c>$ids</c> (sorted by the caller,
    /// so two batches wait for each other instead of deadlocking), then returns those that are stored. Reads under read
    /// committed take no locks, so without this two batches touching one entity would both read its old version and the
    /// later write would erase the earlier one's aliases. MERGE creates a placeholder (no kind) for an ID not stored yet,
    /// so that a batch creating it is serialized too; the batch then fills it in, or fails on a dangling reference and
    /// rolls it back. Setting and removing a property is what takes the exclusive lock.
    /// </summary>
    public const string LockEntities = """
        UNWIND $ids AS id
        MERGE (e:Entity {id: id})
        SET e.writeLock = true
        REMOVE e.writeLock
        WITH e
        WHERE e.kind IS NOT NULL
        RETURN e
        """;

    public const string ExistingObservationIds = "UNWIND $ids AS id MATCH (o:Observation {id: id}) RETURN o.id AS id";

    public const string ExistingMentionKeys = "UNWIND $keys AS key MATCH (m:Mention {key: key}) RETURN m.key AS key";

    // The document's fields without its text (a text can be megabytes; only DocumentTextsByHash reads it).
    public const string DocumentsByHash =
        "UNWIND $hashes AS hash MATCH (d:Document {hash: hash}) RETURN d {.hash, .name, .title, .source, .publishedAt, .length} AS document ORDER BY d.hash";

    public const string DocumentTextsByHash =
        "UNWIND $hashes AS hash MATCH (d:Document {hash: hash}) WHERE d.text IS NOT NULL RETURN d.hash AS hash, d.text AS text ORDER BY hash";

    /// <summary>
    /// Keeps a document's text on its node. A text stored once stays (the same hash is the same text); a document stored
    /// earlier without it gains it.
    /// </summary>
    public const string SetDocumentText = "MATCH (d:Document {hash: $hash}) WHERE d.text IS NULL SET d.text = $text";

    public const string MergeDocument = "MERGE (d:Document {hash: $document.hash}) ON CREATE SET d += $document";

    /// <summary>Documents in bulk, for the Cypher export.</summary>
    public const string MergeDocuments = """
        UNWIND $rows AS row
        MERGE (d:Document {hash: row.hash})
        ON CREATE SET d += row
        """;

    public const string MergeObservations = """
        UNWIND $rows AS row
        MERGE (o:Observation {id: row.id})
        ON CREATE SET o += row
        """;

    public const string MergeMentions = """
        UNWIND $rows AS row
        MERGE (m:Mention {key: row.key})
        ON CREATE SET m += row
        """;

    /// <summary>Deletes everything (tests reset their database with it); in batches, so it needs an auto-commit transaction.</summary>
    public const string DeleteEverything = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS";

    /// <summary>
    /// Creates or overwrites entities of one kind with their merged content (computed by the store), labelled
    /// <c>:Entity</c> and with their kind (<c>:Place</c>, <c>:Company</c>...).
    /// </summary>
    public static string MergeEntities(EntityKind kind) => $"""
        UNWIND $rows AS row
        MERGE (e:Entity {"{"}id: row.id{"}"})
        SET e:{kind}, e.kind = row.kind, e.name = row.name, e.nameKey = row.nameKey, e.aliases = row.aliases, e.subtype = row.subtype,
            e.startDate = row.startDate, e.endDate = row.endDate, e.attributes = row.attributes,
            e.searchTerms = row.searchTerms, e.searchTokens = row.searchTokens
        """;

    /// <summary>Creates the relations of one type that do not exist yet; a relation never changes once stored.</summary>
    public static string MergeRelations(RelationType type) => $"""
        UNWIND $rows AS row
        MATCH (a:Entity {"{"}id: row.from{"}"})
        MATCH (b:Entity {"{"}id: row.to{"}"})
        MERGE (a)-[r:{type.ToName()} {"{"}id: row.id{"}"}]->(b)
        ON CREATE SET r += row.properties
        """;
}
