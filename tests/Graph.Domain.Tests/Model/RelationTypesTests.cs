using Graph.Domain.Model;

namespace Graph.Domain.Tests.Model;

public sealed class RelationTypesTests
{
    [Theory]
    [InlineData(RelationType.LocatedIn, "LOCATED_IN")]
    [InlineData(RelationType.WorksFor, "WORKS_FOR")]
    [InlineData(RelationType.ParticipatedIn, "PARTICIPATED_IN")]
    [InlineData(RelationType.Affects, "AFFECTS")]
    public void Relation_types_have_screaming_snake_names(RelationType type, string name)
    {
        Assert.Equal(name, type.ToName());
        Assert.Equal(type, RelationTypes.Parse(name));
    }

    [Fact]
    public void Every_type_round_trips_through_its_name() =>
        Assert.All(RelationTypes.All, type => Assert.Equal(type, RelationTypes.Parse(type.ToName())));

    [Theory]
    [InlineData("located_in")]
    [InlineData("KNOWS")]
    [InlineData("")]
    public void A_name_outside_the_vocabulary_is_rejected(string name)
    {
        Assert.False(RelationTypes.TryParse(name, out _));
        Assert.Throws<FormatException>(() => RelationTypes.Parse(name));
    }
}
