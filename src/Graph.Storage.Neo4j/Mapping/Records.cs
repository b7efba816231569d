using Graph.Bolt;
using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Storage.Neo4j.Mapping;

/// <summary>Domain objects from the nodes and columns the catalog's statements return.</summary>
internal static class Records
{
    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>();

    /// <summary>
    /// The one row of an aggregate (<c>count</c>, <c>collect</c>, <c>COUNT {}</c> without grouping), which Neo4j returns
    /// even over nothing; another number of rows means the peer is not answering as Neo4j does.
    /// </summary>
    public static BoltRecord Single(List<BoltRecord> records, string statement) =>
        records.Count == 1
            ? records[0]
            : throw new BoltProtocolException($"The server answered {statement} with {records.Count} records where Neo4j always returns one.");

    public static Entity Entity(object? value)
    {
        var p = Node(value);
        return new Entity(
            new EntityId((string)p["id"]!),
            Enum.Parse<EntityKind>((string)p["kind"]!),
            (string)p["name"]!,
            ScalarValues.Strings(p.GetValueOrDefault("aliases")),
            p.GetValueOrDefault("subtype") as string,
            ScalarValues.Date(p.GetValueOrDefault("startDate")),
            ScalarValues.Date(p.GetValueOrDefault("endDate")),
            ScalarValues.ParseMap(p.GetValueOrDefault("attributes")));
    }

    public static Observation Observation(object? value)
    {
        var p = Node(value);
        return new Observation(
            new ObservationId((string)p["id"]!),
            new EntityId((string)p["indicatorId"]!),
            new EntityId((string)p["subjectId"]!),
            ScalarValues.ParseDecimal(p["value"]),
            (string)p["unit"]!,
            p.GetValueOrDefault("normalizedValue") is { } normalized ? ScalarValues.ParseDecimal(normalized) : null,
            p.GetValueOrDefault("baseUnit") as string,
            ScalarValues.Date(p["periodStart"])!.Value,
            ScalarValues.Date(p["periodEnd"])!.Value,
            p.GetValueOrDefault("yoyPct") is { } yoy ? ScalarValues.ParseDecimal(yoy) : null,
            new EntityId((string)p["articleId"]!),
            p.GetValueOrDefault("isTarget") is true,
            p.GetValueOrDefault("unresolvedPeriod") as string);
    }

    public static Mention Mention(object? value)
    {
        var p = Node(value);
        return new Mention(
            (string)p["targetId"]!, new EntityId((string)p["articleId"]!), (string)p["documentHash"]!,
            new TextSpan(Convert.ToInt32(p["start"], System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt32(p["length"], System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>A document from its node or from a map projection of its fields.</summary>
    public static DocumentInfo Document(object? value)
    {
        var p = value as IReadOnlyDictionary<string, object?> ?? Node(value);
        return new DocumentInfo(
            (string)p["hash"]!, (string)p["name"]!, p.GetValueOrDefault("title") as string, p.GetValueOrDefault("source") as string,
            ScalarValues.Date(p.GetValueOrDefault("publishedAt")),
            Convert.ToInt32(p["length"], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A relation from the columns id, type, from, to, properties (the relationship's own ID is not a property of it).</summary>
    public static Relation Relation(BoltRecord record)
    {
        var properties = record["properties"] is IReadOnlyDictionary<string, object?> map
            ? map.Where(p => p.Key != "id" && p.Value is string).ToDictionary(p => p.Key, p => (string)p.Value!, StringComparer.Ordinal)
            : null;
        return new Relation(
            new RelationId((string)record["id"]!),
            RelationTypes.Parse((string)record["type"]!),
            new EntityId((string)record["from"]!),
            new EntityId((string)record["to"]!),
            properties is { Count: > 0 } ? properties : NoProperties);
    }

    private static IReadOnlyDictionary<string, object?> Node(object? value) =>
        value is BoltNode node ? node.Properties : throw new InvalidOperationException($"Expected a node, got {value?.GetType().Name ?? "null"}.");
}
