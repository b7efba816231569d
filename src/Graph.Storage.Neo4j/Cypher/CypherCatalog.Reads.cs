using Graph.Domain.Model;

namespace Graph.Storage.Neo4j.Cypher;

/// <summary>The statements behind the read operations. Optional filters are parameters that may be null.</summary>
public static partial class CypherCatalog
{
    private const string EntityFilters = """
        WHERE e.kind = $kind
          AND ($subtype IS NULL OR e.subtype = $subtype)
          AND ($needle IS NULL OR any(term IN e.searchTerms WHERE term CONTAINS $needle))
          AND ($place IS NULL OR EXISTS { MATCH (e)-[:LOCATED_IN|HELD_IN]->(:Entity {id: $place}) })
          AND ($from IS NULL OR coalesce(e.endDate, e.startDate) >= $from)
          AND ($to IS NULL OR e.startDate <= $to)
        """;

    private const string ObservationFilters = """
        WHERE ($indicators IS NULL OR o.indicatorId IN $indicators)
          AND ($subjects IS NULL OR o.subjectId IN $subjects)
          AND ($from IS NULL OR o.periodEnd >= $from)
          AND ($to IS NULL OR o.periodStart <= $to)
          AND ($includeTargets OR NOT coalesce(o.isTarget, false))
        """;

    private const string RelationColumns =
        "r.id AS id, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS properties";

    public const string EntitiesById = "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e";

    public const string EntitiesByNameAscending = "MATCH (e:Entity)\n" + EntityFilters + """

          AND ($afterId IS NULL OR e.name > $afterKey OR (e.name = $afterKey AND e.id > $afterId))
        RETURN e ORDER BY e.name ASC, e.id ASC LIMIT $limit
        """;

    public const string EntitiesByNameDescending = "MATCH (e:Entity)\n" + EntityFilters + """

          AND ($afterId IS NULL OR e.name < $afterKey OR (e.name = $afterKey AND e.id < $afterId))
        RETURN e ORDER BY e.name DESC, e.id DESC LIMIT $limit
        """;

    // Undated entities come last in both directions (ORDER BY false before true), in ID order within their group.
    public const string EntitiesByStartDateAscending = "MATCH (e:Entity)\n" + EntityFilters + """

          AND ($afterId IS NULL
               OR ($afterKey IS NOT NULL AND (e.startDate IS NULL OR e.startDate > $afterKey OR (e.startDate = $afterKey AND e.id > $afterId)))
               OR ($afterKey IS NULL AND e.startDate IS NULL AND e.id > $afterId))
        RETURN e ORDER BY e.startDate IS NULL, e.startDate ASC, e.id ASC LIMIT $limit
        """;

    public const string EntitiesByStartDateDescending = "MATCH (e:Entity)\n" + EntityFilters + """

          AND ($afterId IS NULL
               OR ($afterKey IS NOT NULL AND (e.startDate IS NULL OR e.startDate < $afterKey OR (e.startDate = $afterKey AND e.id < $afterId)))
               OR ($afterKey IS NULL AND e.startDate IS NULL AND e.id < $afterId))
        RETURN e ORDER BY e.startDate IS NULL, e.startDate DESC, e.id DESC LIMIT $limit
        """;

    // Each anchor's relations in ID order between the cursors, cut at the per-anchor limit inside a subquery per anchor, so
    // that a hub's rows are cut by a top-k sort rather than collected whole and sliced (Cypher manual, "CALL subqueries":
    // the inner ORDER BY … LIMIT applies per incoming row). DISTINCT keeps a self-loop once on the undirected pattern. The
    // FromEnd statements cut from the end (Relay's last) and return each anchor's rows last first; the store's caller turns
    // them back.
    private const string RelationsOfAnchorsFilter =
        "WHERE ($types IS NULL OR type(r) IN $types) AND ($after IS NULL OR r.id > $after) AND ($before IS NULL OR r.id < $before)";

    private const string RelationsOfAnchor = "UNWIND $anchors AS anchor\nCALL (anchor) {\n  MATCH (:Entity {id: anchor})";

    private const string RelationsOfAnchorReturn = "\n}\nRETURN anchor, " + RelationColumns + "\nORDER BY anchor, id";

    public const string RelationsOfAnchorsBoth = RelationsOfAnchor + "-[r]-(:Entity)\n  " + RelationsOfAnchorsFilter +
        "\n  WITH DISTINCT r\n  RETURN r ORDER BY r.id LIMIT $first" + RelationsOfAnchorReturn;

    public const string RelationsOfAnchorsBothFromEnd = RelationsOfAnchor + "-[r]-(:Entity)\n  " + RelationsOfAnchorsFilter +
        "\n  WITH DISTINCT r\n  RETURN r ORDER BY r.id DESC LIMIT $first" + RelationsOfAnchorReturn + " DESC";

    public const string RelationsOfAnchorsOutgoing = RelationsOfAnchor + "-[r]->(:Entity)\n  " + RelationsOfAnchorsFilter +
        "\n  RETURN r ORDER BY r.id LIMIT $first" + RelationsOfAnchorReturn;

    public const string RelationsOfAnchorsOutgoingFromEnd = RelationsOfAnchor + "-[r]->(:Entity)\n  " + RelationsOfAnchorsFilter +
        "\n  RETURN r ORDER BY r.id DESC LIMIT $first" + RelationsOfAnchorReturn + " DESC";

    public const string RelationsOfAnchorsIncoming = RelationsOfAnchor + "<-[r]-(:Entity)\n  " + RelationsOfAnchorsFilter +
        "\n  RETURN r ORDER BY r.id LIMIT $first" + RelationsOfAnchorReturn;

    public const string RelationsOfAnchorsIncomingFromEnd = RelationsOfAnchor + "<-[r]-(:Entity)\n  " + RelationsOfAnchorsFilter +
        "\n  RETURN r ORDER BY r.id DESC LIMIT $first" + RelationsOfAnchorReturn + " DESC";

    // One breadth-first level over the whole frontier.
    public const string ExpandBoth = """
        UNWIND $frontier AS id
        MATCH (a:Entity {id: id})-[r]-(b:Entity)
        WHERE $types IS NULL OR type(r) IN $types
        RETURN a.id AS anchor, b.id AS other, r.id AS relation, startNode(r) = a AS outgoing
        """;

    public const string ExpandOutgoing = """
        UNWIND $frontier AS id
        MATCH (a:Entity {id: id})-[r]->(b:Entity)
        WHERE $types IS NULL OR type(r) IN $types
        RETURN a.id AS anchor, b.id AS other, r.id AS relation, true AS outgoing
        """;

    public const string ExpandIncoming = """
        UNWIND $frontier AS id
        MATCH (a:Entity {id: id})<-[r]-(b:Entity)
        WHERE $types IS NULL OR type(r) IN $types
        RETURN a.id AS anchor, b.id AS other, r.id AS relation, false AS outgoing
        """;

    public const string EdgesAmong = """
        UNWIND $nodes AS id
        MATCH (:Entity {id: id})-[r]->(b:Entity)
        WHERE b.id IN $nodes AND ($types IS NULL OR type(r) IN $types)
        RETURN
        """ + " " + RelationColumns + "\nORDER BY id";

    // Observations between the cursors given (subject, indicator, period start, ID).
    private const string ObservationWindow = "MATCH (o:Observation)\n" + ObservationFilters + """

          AND ($afterId IS NULL
               OR o.subjectId > $afterSubject
               OR (o.subjectId = $afterSubject AND (o.indicatorId > $afterIndicator
                   OR (o.indicatorId = $afterIndicator AND (o.periodStart > $afterStart
                       OR (o.periodStart = $afterStart AND o.id > $afterId))))))
          AND ($beforeId IS NULL
               OR o.subjectId < $beforeSubject
               OR (o.subjectId = $beforeSubject AND (o.indicatorId < $beforeIndicator
                   OR (o.indicatorId = $beforeIndicator AND (o.periodStart < $beforeStart
                       OR (o.periodStart = $beforeStart AND o.id < $beforeId))))))

        """;

    public const string ObservationsPage =
        ObservationWindow + "RETURN o ORDER BY o.subjectId, o.indicatorId, o.periodStart, o.id LIMIT $limit";

    /// <summary>Observations last first, for a page from the end (Relay's <c>last</c>); the store turns the rows back.</summary>
    public const string ObservationsPageFromEnd =
        ObservationWindow + "RETURN o ORDER BY o.subjectId DESC, o.indicatorId DESC, o.periodStart DESC, o.id DESC LIMIT $limit";

    // Each key's first $perKey rows in page order. With the keys given, one subquery per key cuts them by a top-k sort over
    // that key's index range (observation_subject serves the per-subject order); without keys, every row of the filter is
    // grouped and sliced, as no key list bounds the subqueries.
    public const string ObservationsPerSubject = "MATCH (o:Observation)\n" + ObservationFilters + """

        WITH o ORDER BY o.subjectId, o.indicatorId, o.periodStart, o.id
        WITH o.subjectId AS subject, collect(o)[..$perKey] AS rows
        UNWIND rows AS o
        RETURN o ORDER BY o.subjectId, o.indicatorId, o.periodStart, o.id
        """;

    public const string ObservationsPerGivenSubject = "UNWIND $subjects AS subject\nCALL (subject) {\nMATCH (o:Observation {subjectId: subject})\n" +
        ObservationFilters + """

          RETURN o ORDER BY o.indicatorId, o.periodStart, o.id LIMIT $perKey
        }
        RETURN o ORDER BY o.subjectId, o.indicatorId, o.periodStart, o.id
        """;

    /// <summary>Each indicator's first <c>$perKey</c> rows in page order, all in page order.</summary>
    public const string ObservationsPerIndicator = "MATCH (o:Observation)\n" + ObservationFilters + """

        WITH o ORDER BY o.indicatorId, o.subjectId, o.periodStart, o.id
        WITH o.indicatorId AS indicator, collect(o)[..$perKey] AS rows
        UNWIND rows AS o
        RETURN o ORDER BY o.subjectId, o.indicatorId, o.periodStart, o.id
        """;

    public const string ObservationsPerGivenIndicator = "UNWIND $indicators AS indicator\nCALL (indicator) {\nMATCH (o:Observation {indicatorId: indicator})\n" +
        ObservationFilters + """

          RETURN o ORDER BY o.subjectId, o.periodStart, o.id LIMIT $perKey
        }
        RETURN o ORDER BY o.subjectId, o.indicatorId, o.periodStart, o.id
        """;

    public const string ObservationsById = "UNWIND $ids AS id MATCH (o:Observation {id: id}) RETURN o";

    // Candidates from the full-text index, confirmed by a substring test, ranked: tier × $tier − length of the best name;
    // then only those between the cursors given.
    private const string SearchRanks = """
        CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node
        WITH node AS e
        WHERE $kinds IS NULL OR e.kind IN $kinds
        WITH e, [term IN e.searchTerms WHERE term CONTAINS $text |
                 (CASE WHEN term = $text THEN 3 WHEN term STARTS WITH $text THEN 2 ELSE 1 END) * $tier
                 - (CASE WHEN size(term) > $maxLength THEN $maxLength ELSE size(term) END)] AS ranks
        WHERE size(ranks) > 0
        WITH e, reduce(best = ranks[0], rank IN ranks | CASE WHEN rank > best THEN rank ELSE best END) AS rank
        WHERE ($afterId IS NULL OR rank < $afterRank OR (rank = $afterRank AND e.id > $afterId))
          AND ($beforeId IS NULL OR rank > $beforeRank OR (rank = $beforeRank AND e.id < $beforeId))

        """;

    /// <summary>Search hits best first.</summary>
    public const string Search = SearchRanks + "RETURN rank, e ORDER BY rank DESC, e.id ASC LIMIT $limit";

    /// <summary>Search hits worst first, for a page from the end (Relay's <c>last</c>); the store turns the rows back.</summary>
    public const string SearchFromEnd = SearchRanks + "RETURN rank, e ORDER BY rank ASC, e.id DESC LIMIT $limit";

    public const string ObservationCount = "MATCH (o:Observation)\n" + ObservationFilters + "\nRETURN count(o) AS count";

    // Per anchor: its relations of the given types at one end, or both (a self-loop once). COUNT {} reads the node's
    // relationship chain, or its per-type degree when no further predicate is given.
    public const string RelationCountsOutgoing = """
        UNWIND $anchors AS anchor
        MATCH (a:Entity {id: anchor})
        RETURN anchor, COUNT { (a)-[r]->(:Entity) WHERE $types IS NULL OR type(r) IN $types } AS count
        """;

    public const string RelationCountsIncoming = """
        UNWIND $anchors AS anchor
        MATCH (a:Entity {id: anchor})
        RETURN anchor, COUNT { (a)<-[r]-(:Entity) WHERE $types IS NULL OR type(r) IN $types } AS count
        """;

    public const string RelationCountsBoth = """
        UNWIND $anchors AS anchor
        MATCH (a:Entity {id: anchor})
        RETURN anchor,
               COUNT { (a)-[r]->(:Entity) WHERE $types IS NULL OR type(r) IN $types }
               + COUNT { (a)<-[r]-(b:Entity) WHERE b <> a AND ($types IS NULL OR type(r) IN $types) } AS count
        """;

    public const string SearchHitCount = """
        CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node
        WITH node AS e
        WHERE $kinds IS NULL OR e.kind IN $kinds
        WITH e WHERE any(term IN e.searchTerms WHERE term CONTAINS $text)
        RETURN count(e) AS count
        """;

    /// <summary>A search statement (<see cref="Search"/>, <see cref="SearchHitCount"/>) with a condition on its hits beside the kinds.</summary>
    public static string WithSearchCondition(string statement, string condition) => statement.Replace(
        "WHERE $kinds IS NULL OR e.kind IN $kinds", $"WHERE ($kinds IS NULL OR e.kind IN $kinds) AND {condition}", StringComparison.Ordinal);

    public const string MentionsByTarget = """
        UNWIND $targets AS target
        MATCH (m:Mention {targetId: target})
        RETURN m ORDER BY m.targetId, m.documentHash, m.start, m.length, m.articleId
        """;

    public const string EntityCountsByKind = "MATCH (e:Entity) RETURN e.kind AS key, count(e) AS count";

    public const string RelationCountsByType = "MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS key, count(r) AS count";

    public const string OtherCounts =
        "RETURN COUNT { (:Observation) } AS observations, COUNT { (:Mention) } AS mentions, COUNT { (:Document) } AS documents";

    public const string Health = "MATCH (e:Entity) RETURN count(e) AS entities";

    // The export streams. A range index hands its entries out in order, but the planner may scan one for ORDER BY only
    // when a predicate on the property tells it every row is in the index: a uniqueness constraint does not imply
    // existence on Community, so without "IS NOT NULL" a whole label is scanned and sorted in the server's heap before
    // the first record (https://github.com/neo4j/neo4j/issues/13417). Mentions are index-ordered by target and sorted
    // only within a target (a partial sort over a handful of rows).
    public const string AllEntities = "MATCH (e:Entity) WHERE e.id IS NOT NULL RETURN e ORDER BY e.id";

    public const string AllObservations = "MATCH (o:Observation) WHERE o.id IS NOT NULL RETURN o ORDER BY o.id";

    public const string AllMentions =
        "MATCH (m:Mention) WHERE m.targetId IS NOT NULL RETURN m ORDER BY m.targetId, m.documentHash, m.start, m.length, m.articleId";

    // The document's fields without its text (a text can be megabytes; only DocumentTextsByHash reads it).
    public const string AllDocuments =
        "MATCH (d:Document) WHERE d.hash IS NOT NULL RETURN d {.hash, .name, .title, .source, .publishedAt, .length} AS document ORDER BY d.hash";

    /// <summary>
    /// The relations of one type in ID order, from that type's uniqueness constraint's index (a relationship index covers
    /// one type, so no single statement can give all types in one order without a sort; the store merges these streams).
    /// </summary>
    public static string AllRelationsOfType(RelationType type) =>
        $"MATCH ()-[r:{type.ToName()}]->() WHERE r.id IS NOT NULL RETURN {RelationColumns} ORDER BY r.id";

    /// <summary>Relations by ID: one index seek per relationship type (an index on a relationship property is per type).</summary>
    public static string RelationsById { get; } = "UNWIND $ids AS id\nCALL (id) {\n" +
        string.Join("\n  UNION\n", RelationTypes.All.Select(t => $"  MATCH ()-[r:{t.ToName()} {{id: id}}]->() RETURN r")) +
        "\n}\nRETURN " + RelationColumns + " ORDER BY id";
}
