using System.Security.Cryptography;
using System.Text;
using Graph.Domain.Store;

namespace Graph.Server.Tests.Support;

/// <summary>A digest of everything a store holds, to prove a request changed nothing.</summary>
internal static class StoreChecksum
{
    public static async Task<string> ComputeAsync(IGraphStore store)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string line) => hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
        await foreach (var entity in store.ReadAllEntitiesAsync())
        {
            Add($"E {entity.Id} {entity.Kind} {entity.Name} {string.Join('|', entity.Aliases)} {entity.Subtype} {entity.StartDate} {entity.EndDate}");
        }

        await foreach (var relation in store.ReadAllRelationsAsync())
        {
            Add($"R {relation.Id} {relation.Type} {relation.From} {relation.To} {string.Join('|', relation.Properties.OrderBy(p => p.Key))}");
        }

        await foreach (var observation in store.ReadAllObservationsAsync())
        {
            Add($"O {observation.Id} {observation.Value} {observation.Unit} {observation.PeriodStart} {observation.PeriodEnd} {observation.YoyPct}");
        }

        await foreach (var mention in store.ReadAllMentionsAsync())
        {
            Add($"M {mention.TargetId} {mention.Article} {mention.DocumentHash} {mention.Span}");
        }

        await foreach (var document in store.ReadAllDocumentsAsync())
        {
            Add($"D {document.Hash} {document.Name} {document.Length}");
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
