using Graph.Domain.Model;

namespace Graph.Storage.Neo4j.Cypher;

/// <summary>
/// The statements that retract earlier versions of a document (same name, other hash) inside the write transaction of
/// <see cref="Neo4jGraphStore.ReplaceDocumentAsync"/>, before the new version is written. The same steps as the embedded
/// store's DocumentRetraction; the sets of articles and candidates it keeps in temp tables live in the caller's memory.
/// </summary>
public static partial class CypherCatalog
{
    public const string EarlierDocumentVersions =
        "MATCH (d:Document {name: $name}) WHERE d.hash <> $hash RETURN d.hash AS hash ORDER BY hash";

    // Attributes are stored as JSON text, so this only narrows the articles down; the store parses them and keeps those
    // whose document attribute is exactly the hash.
    public const string ArticlesNamingDocument =
        "MATCH (e:Article) WHERE e.attributes CONTAINS $hash RETURN e.id AS id, e.attributes AS attributes ORDER BY id";

    // The document's mentions go; the articles they name and the facts they point at come back.
    public const string DeleteDocumentMentions = """
        MATCH (m:Mention {documentHash: $hash})
        WITH m, m.articleId AS article, m.targetId AS target
        DELETE m
        RETURN collect(DISTINCT article) AS articles, collect(DISTINCT target) AS targets
        """;

    // The articles' observations go; their subjects and indicators come back.
    public const string DeleteArticleObservations = """
        MATCH (o:Observation)
        WHERE o.articleId IN $articles
        WITH o, o.subjectId AS subject, o.indicatorId AS indicator
        DELETE o
        RETURN collect(DISTINCT subject) + collect(DISTINCT indicator) AS ids
        """;

    // Relations with an article at either end go; their other ends come back.
    public const string DeleteArticleRelations = """
        UNWIND $articles AS article
        MATCH (:Entity {id: article})-[r]-(other:Entity)
        WITH collect(DISTINCT r) AS relations, collect(DISTINCT other.id) AS ids
        FOREACH (r IN relations | DELETE r)
        RETURN ids
        """;

    public const string DeleteDocument = "MATCH (d:Document {hash: $hash}) DELETE d";

    // Candidate entities that nothing supports any more (no mention, no relation, not an observation's subject,
    // indicator or article) and that the new version does not hold ($keep). Each is write-locked (in the caller's sorted
    // order) before it is checked: a batch linking to it meanwhile holds that lock from its LockEntities until it commits,
    // so the check sees its relation, and no DELETE can fail at commit on a relationship added after the check.
    public const string DeleteOrphanEntities = """
        UNWIND $ids AS id
        MATCH (e:Entity {id: id})
        WHERE NOT id IN $keep
        SET e.writeLock = true
        REMOVE e.writeLock
        WITH e, id
        WHERE NOT EXISTS { (e)--() }
          AND NOT EXISTS { (:Mention {targetId: id}) }
          AND NOT EXISTS { (:Observation {subjectId: id}) }
          AND NOT EXISTS { (:Observation {indicatorId: id}) }
          AND (NOT e:Article OR NOT EXISTS { (:Observation {articleId: id}) })
        DELETE e
        """;

    /// <summary>
    /// Candidate relations (by ID, one index seek per type as in <see cref="RelationsById"/>) that no mention supports
    /// any more are deleted; their ends come back as candidates.
    /// </summary>
    public static string DeleteUnmentionedRelations { get; } = "UNWIND $ids AS id\nCALL (id) {\n" +
        string.Join("\n  UNION\n", RelationTypes.All.Select(t => $"  MATCH ()-[r:{t.ToName()} {{id: id}}]->() RETURN r")) +
        """

        }
        WITH DISTINCT r
        WHERE NOT EXISTS { (:Mention {targetId: r.id}) }
        WITH r, startNode(r).id AS from, endNode(r).id AS to
        DELETE r
        RETURN from, to
        """;
}
