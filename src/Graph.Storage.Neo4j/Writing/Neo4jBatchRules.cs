using Graph.Domain.Model;

namespace Graph.Storage.Neo4j.Writing;

/// <summary>The shared batch rules, plus the one this store adds.</summary>
internal static class Neo4jBatchRules
{
    public static void Validate(GraphBatch batch)
    {
        BatchRules.Validate(batch);
        foreach (var relation in batch.Relations)
        {
            // Properties become properties of the Neo4j relationship, beside its own id.
            if (relation.Properties.ContainsKey("id"))
            {
                throw BatchRules.Invalid($"relation {relation.Id} has a property named 'id', which the Neo4j store reserves.");
            }
        }
    }
}
