using Graph.Domain.Model;
using Graph.Storage.Sqlite.Mapping;
using Xunit;

namespace Graph.Storage.Sqlite.Tests;

/// <summary>
/// The batch writer skips the parse and merge of a stored entity when <see cref="StoredEntityRow.Holds"/> says the batch
/// changes nothing: that must never hide a change <see cref="EntityMerge.Merge"/> would make.
/// </summary>
public sealed class StoredEntityRowTests
{
    private static readonly Entity Stored = EntityMerge.Clean(
        Entity.Create(EntityKind.Place, "大连市", ["大连"], "city") with
        {
            StartDate = new DateOnly(1950, 1, 1),
            Attributes = new Dictionary<string, string> { ["level"] = "sub-provincial" },
        });

    public static TheoryData<string, bool> Cases => new()
    {
        { "the same entity", true },
        { "no aliases of its own", true },
        { "no subtype, dates or attributes of its own", true },
        { "another subtype (the stored one stays)", true },
        { "a new alias", false },
        { "the aliases in another order", false },
        { "another name of the same ID", false },
        { "another kind", false },
        { "an end date the row lacks", false },
        { "a new attribute", false },
        { "another value of a stored attribute", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_row_holds_an_incoming_entity_only_when_merging_it_changes_nothing(string incomingCase, bool holds)
    {
        var row = RowOf(Stored);
        var incoming = EntityMerge.Clean(Incoming(incomingCase));

        Assert.Equal(holds, row.Holds(incoming));
        if (row.Holds(incoming))
        {
            Assert.True(EntityMerge.SameContent(row.ToEntity(), EntityMerge.Merge(row.ToEntity(), incoming)));
        }
    }

    /// <summary>A stored row without subtype or dates: any the batch brings is a change the merge makes.</summary>
    private static readonly Entity Bare = EntityMerge.Clean(Entity.Create(EntityKind.Place, "大连市", ["大连"]));

    public static TheoryData<string> ChangesOfABareRow => new()
    {
        "a subtype the row lacks",
        "an empty subtype the row lacks",
        "a start date the row lacks",
        "an end date the row lacks",
        "an attribute the row lacks",
    };

    [Theory]
    [MemberData(nameof(ChangesOfABareRow))]
    public void A_row_without_a_value_does_not_hold_an_entity_that_brings_one(string incomingCase)
    {
        var row = RowOf(Bare);
        var incoming = EntityMerge.Clean(incomingCase switch
        {
            "a subtype the row lacks" => Bare with { Subtype = "city" },
            "an empty subtype the row lacks" => Bare with { Subtype = string.Empty },
            "a start date the row lacks" => Bare with { StartDate = new DateOnly(1950, 1, 1) },
            "an end date the row lacks" => Bare with { EndDate = new DateOnly(2030, 1, 1) },
            "an attribute the row lacks" => Bare with { Attributes = new Dictionary<string, string> { ["level"] = "prefecture" } },
            _ => throw new ArgumentOutOfRangeException(nameof(incomingCase)),
        });

        Assert.False(row.Holds(incoming));
        Assert.True(row.Holds(Bare));
    }

    [Fact]
    public void A_row_reads_back_as_the_entity_it_stores()
    {
        var read = RowOf(Stored).ToEntity();

        Assert.Equal(Stored.Id, read.Id);
        Assert.True(EntityMerge.SameContent(Stored, read));
    }

    private static Entity Incoming(string incomingCase) => incomingCase switch
    {
        "the same entity" => Stored,
        "no aliases of its own" => Stored with { Aliases = [] },
        "no subtype, dates or attributes of its own" => Stored with { Subtype = null, StartDate = null, Attributes = null },
        "another subtype (the stored one stays)" => Stored with { Subtype = "port" },
        "a new alias" => Stored with { Aliases = ["大连", "滨城"] },
        "the aliases in another order" => Stored with { Aliases = ["滨城", "大连"] },
        "another name of the same ID" => Stored with { Name = "大连" },
        "another kind" => Stored with { Kind = EntityKind.Organization },
        "an end date the row lacks" => Stored with { EndDate = new DateOnly(2030, 1, 1) },
        "a new attribute" => Stored with { Attributes = new Dictionary<string, string> { ["level"] = "sub-provincial", ["port"] = "yes" } },
        "another value of a stored attribute" => Stored with { Attributes = new Dictionary<string, string> { ["level"] = "prefecture" } },
        _ => throw new ArgumentOutOfRangeException(nameof(incomingCase)),
    };

    private static StoredEntityRow RowOf(Entity entity) => new(
        1,
        entity.Id.Value,
        entity.Kind.ToString(),
        entity.Name,
        JsonColumns.Array(entity.Aliases),
        entity.Subtype,
        entity.StartDate is { } start ? ScalarColumns.Date(start) : null,
        entity.EndDate is { } end ? ScalarColumns.Date(end) : null,
        JsonColumns.MapOrNull(entity.Attributes) as string);
}
