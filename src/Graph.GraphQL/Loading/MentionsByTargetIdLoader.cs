using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.GraphQL.Loading;

/// <summary>Provenance of many facts (entities, relations, observations) at once.</summary>
internal sealed class MentionsByTargetIdLoader(IGraphReader store) : BatchLoader<string, IReadOnlyList<Mention>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Mention>>> FetchAsync(
        IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var mentions = await store.GetMentionsAsync(keys, cancellationToken).ConfigureAwait(false);
        return mentions.GroupBy(m => m.TargetId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Mention>)g.ToList(), StringComparer.Ordinal);
    }

    protected override IReadOnlyList<Mention> Missing(string key) => [];
}
