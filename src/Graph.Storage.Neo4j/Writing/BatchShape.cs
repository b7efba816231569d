using Graph.Domain.Model;

namespace Graph.Storage.Neo4j.Writing;

/// <summary>
/// Checks a batch's own consistency before the transaction starts; references into the store are checked inside it. The
/// same rules as the embedded store (the contract suite holds both to them).
/// </summary>
internal static class BatchShape
{
    public static void Validate(GraphBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var document = batch.Document ?? throw ThrowHelper.InvalidBatch("it has no document.");
        Require(!string.IsNullOrWhiteSpace(document.Hash), "the document has no hash.");
        Require(document.Name is not null, "the document has no name.");
        Require(document.Length >= 0, "the document length is negative.");
        Require(batch.Entities is not null && batch.Relations is not null && batch.Observations is not null && batch.Mentions is not null,
            "a list of the batch is null.");

        foreach (var entity in batch.Entities!)
        {
            Require(entity is not null && !string.IsNullOrEmpty(entity.Id.Value), "an entity has no ID.");
            Require(Enum.IsDefined(entity!.Kind), $"entity {entity.Id} has an unknown kind.");
            Require(!string.IsNullOrWhiteSpace(entity.Name), $"entity {entity.Id} has no name.");
            Require(entity.Aliases is not null && entity.Aliases.All(a => a is not null), $"entity {entity.Id} has a null alias.");
            Require(
                entity.Attributes is null || entity.Attributes.Values.All(v => v is not null),
                $"entity {entity.Id} has a null attribute.");
            Require(entity.EndDate is null || entity.StartDate is null || entity.EndDate >= entity.StartDate,
                $"entity {entity.Id} ends before it starts.");
        }

        foreach (var relation in batch.Relations!)
        {
            Require(relation is not null && !string.IsNullOrEmpty(relation.Id.Value), "a relation has no ID.");
            Require(Enum.IsDefined(relation!.Type), $"relation {relation.Id} has an unknown type.");
            Require(
                !string.IsNullOrEmpty(relation.From.Value) && !string.IsNullOrEmpty(relation.To.Value),
                $"relation {relation.Id} lacks an end.");
            Require(relation.Properties is not null && relation.Properties.Values.All(v => v is not null),
                $"relation {relation.Id} has null properties.");
            // Properties become properties of the Neo4j relationship, beside its own id.
            Require(!relation.Properties!.ContainsKey("id"), $"relation {relation.Id} has a property named 'id', which the Neo4j store reserves.");
        }

        foreach (var observation in batch.Observations!)
        {
            Require(observation is not null && !string.IsNullOrEmpty(observation.Id.Value), "an observation has no ID.");
            Require(observation!.PeriodEnd >= observation.PeriodStart, $"observation {observation.Id} ends before it starts.");
            Require(observation.Unit is not null, $"observation {observation.Id} has no unit.");
        }

        foreach (var mention in batch.Mentions!)
        {
            Require(mention is not null && !string.IsNullOrEmpty(mention.TargetId), "a mention has no target.");
            Require(!string.IsNullOrEmpty(mention!.DocumentHash), $"a mention of {mention.TargetId} names no document.");
            Require(mention.Span.Start >= 0 && mention.Span.Length >= 0, $"a mention of {mention.TargetId} has a negative span.");
            Require(!string.Equals(mention.DocumentHash, document.Hash, StringComparison.Ordinal) || mention.Span.End <= document.Length,
                $"a mention of {mention.TargetId} ends at {mention.Span.End}, past the document's {document.Length} characters.");
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw ThrowHelper.InvalidBatch(message);
        }
    }
}
