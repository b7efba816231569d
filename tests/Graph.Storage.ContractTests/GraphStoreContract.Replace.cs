using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Xunit;

namespace Graph.Storage.ContractTests;

/// <summary>A changed document replaces its own facts, keeps what other documents state, and leaves no orphans.</summary>
public abstract partial class GraphStoreContract
{
    private static readonly Entity Anshan = Entity.Create(EntityKind.Place, "鞍山市", subtype: "city");
    private static readonly Entity Fushun = Entity.Create(EntityKind.Place, "抚顺市", subtype: "city");
    private static readonly Entity Benxi = Entity.Create(EntityKind.Place, "本溪市", subtype: "city");
    private static readonly Entity Software = Entity.Create(EntityKind.Indicator, "软件业务收入");

    [Fact]
    public async Task A_changed_document_replaces_its_own_facts_and_leaves_no_orphans()
    {
        var first = Version("鞍山与抚顺：第一版", Fushun, 100m);
        var second = Version("鞍山与本溪：第二版", Benxi, 120m);

        await Store.ReplaceDocumentAsync(first);
        var result = await Store.ReplaceDocumentAsync(second);

        Assert.Equal(1, result.DocumentsReplaced);
        var left = await Store.GetEntitiesAsync([Anshan.Id, Fushun.Id, Benxi.Id, Software.Id, ArticleOf(first).Id, ArticleOf(second).Id]);
        Assert.Equal(
            new[] { Anshan.Id, Benxi.Id, Software.Id, ArticleOf(second).Id }.Order(),
            left.Select(e => e.Id).Order());
        Assert.Empty(await Store.GetRelationsByIdAsync(first.Relations.Select(r => r.Id).Except(second.Relations.Select(r => r.Id)).ToList()));
        Assert.Empty(await Store.GetObservationsByIdAsync(first.Observations.Select(o => o.Id).ToList()));
        Assert.Empty(await Store.GetDocumentsAsync([first.Document.Hash]));
        Assert.Empty(await Store.GetMentionsAsync(first.Mentions.Select(m => m.TargetId).Except(second.Mentions.Select(m => m.TargetId)).ToList()));
        var statistics = await Store.GetStatisticsAsync();
        Assert.Equal(1, statistics.Documents);
        Assert.Equal(second.Entities.Count, statistics.Entities);
        Assert.Equal(second.Relations.Count, statistics.Relations);
        Assert.Equal(second.Observations.Count, statistics.Observations);
    }

    [Fact]
    public async Task Replacing_a_document_keeps_what_another_document_states()
    {
        var first = Version("鞍山与抚顺：第一版", Fushun, 100m);
        var other = Version("另一份文件也写到抚顺", Fushun, 100m, name: "other.txt");

        await Store.ReplaceDocumentAsync(first);
        await Store.ReplaceDocumentAsync(other);
        await Store.ReplaceDocumentAsync(Version("鞍山与本溪：第二版", Benxi, 120m));

        Assert.Single(await Store.GetEntitiesAsync([Fushun.Id]));
        Assert.Single(await Store.GetRelationsByIdAsync([other.Relations.Single(r => r.Type == RelationType.PartOf).Id]));
        Assert.Equal(2, (await Store.GetStatisticsAsync()).Documents);
    }

    [Fact]
    public async Task Replacing_with_the_same_text_changes_nothing()
    {
        var first = Version("鞍山与抚顺：第一版", Fushun, 100m);
        await Store.ReplaceDocumentAsync(first);

        var again = await Store.ReplaceDocumentAsync(first);

        Assert.True(again.DocumentAlreadyKnown);
        Assert.Equal(0, again.DocumentsReplaced);
        Assert.Empty(again.CreatedEntities);
        Assert.Equal(first.Entities.Count, (await Store.GetStatisticsAsync()).Entities);
    }

    [Fact]
    public async Task A_replacement_that_fails_leaves_the_earlier_version_whole()
    {
        var first = Version("鞍山与抚顺：第一版", Fushun, 100m);
        await Store.ReplaceDocumentAsync(first);
        var broken = Version("鞍山与本溪：第二版", Benxi, 120m);
        broken = broken with
        {
            Relations = [.. broken.Relations, Relation.Create(RelationType.LocatedIn, Benxi.Id, new EntityId("place_0000000000000000"))],
        };

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ReplaceDocumentAsync(broken));

        Assert.Single(await Store.GetDocumentsAsync([first.Document.Hash]));
        Assert.Equal(first.Entities.Count, (await Store.GetStatisticsAsync()).Entities);
        Assert.Equal(first.Observations.Count, (await Store.GetStatisticsAsync()).Observations);
    }

    /// <summary>A version of the document "anshan.txt": 鞍山市 and one other city, a figure, and the relations between them.</summary>
    private static GraphBatch Version(string text, Entity other, decimal value, string name = "anshan.txt")
    {
        var hash = StableIds.DocumentHash(text);
        var document = new DocumentInfo(hash, name, name, null, new DateOnly(2025, 4, 1), text.Length);
        var article = Entity.Create(EntityKind.Article, $"{hash}#1") with
        {
            Name = text,
            Attributes = new Dictionary<string, string> { [EntityAttributes.Document] = hash, [EntityAttributes.Ordinal] = "1" },
        };
        var relations = new[]
        {
            Relation.Create(RelationType.Mentions, article.Id, Anshan.Id),
            Relation.Create(RelationType.Mentions, article.Id, other.Id),
            Relation.Create(RelationType.PartOf, other.Id, Anshan.Id),
        };
        var observation = new Observation(
            StableIds.Observation(Software.Id, other.Id, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), "亿元", article.Id),
            Software.Id, other.Id, value, "亿元", value * 100_000_000m, "CNY", new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), null, article.Id);
        var span = new TextSpan(0, text.Length);
        var mentions = new[] { Anshan.Id.Value, other.Id.Value, Software.Id.Value, relations[2].Id.Value, observation.Id.Value }
            .Select(target => new Mention(target, article.Id, hash, span))
            .ToList();
        return new GraphBatch(document, [article, Anshan, other, Software], relations, [observation], mentions);
    }

    private static Entity ArticleOf(GraphBatch batch) => batch.Entities.Single(e => e.Kind == EntityKind.Article);
}
