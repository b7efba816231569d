using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Domain.Tests.Model;

/// <summary>A refused batch says which row broke which rule (the message is only formatted when a rule fails).</summary>
public sealed class BatchRulesTests
{
    private static readonly DocumentInfo Document = new("abc", "a.txt", null, null, null, 100);
    private static readonly Entity Place = Entity.Create(EntityKind.Place, "大连市");
    private static readonly Entity Body = Entity.Create(EntityKind.Organization, "国家数据局");

    [Fact]
    public void A_valid_batch_passes()
    {
        var relation = Relation.Create(RelationType.LocatedIn, Body.Id, Place.Id);

        BatchRules.Validate(new GraphBatch(Document, [Place, Body], [relation], [], []));
    }

    [Fact]
    public void A_broken_row_is_named_in_the_error()
    {
        var relation = Relation.Create(RelationType.LocatedIn, Body.Id, Place.Id) with { Type = (RelationType)999 };
        var ending = Place with { StartDate = new DateOnly(2025, 2, 1), EndDate = new DateOnly(2025, 1, 1) };
        var mention = new Mention(Place.Id.Value, StableIds.Entity(EntityKind.Article, "doc#1"), Document.Hash, new TextSpan(90, 20));

        var type = Assert.Throws<InvalidGraphInputException>(() => BatchRules.Validate(new GraphBatch(Document, [Place, Body], [relation], [], [])));
        var dates = Assert.Throws<InvalidGraphInputException>(() => BatchRules.Validate(new GraphBatch(Document, [ending], [], [], [])));
        var span = Assert.Throws<InvalidGraphInputException>(() => BatchRules.Validate(new GraphBatch(Document, [Place], [], [], [mention])));

        Assert.Contains($"relation {relation.Id} has an unknown type.", type.Message, StringComparison.Ordinal);
        Assert.Contains($"entity {Place.Id} ends before it starts.", dates.Message, StringComparison.Ordinal);
        Assert.Contains($"a mention of {Place.Id} ends at 110, past the document's 100 characters.", span.Message, StringComparison.Ordinal);
    }
}
