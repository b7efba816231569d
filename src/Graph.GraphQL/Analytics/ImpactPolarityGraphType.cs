using Graph.Analytics.Impact;
using GraphQL.Types;

namespace Graph.GraphQL.Analytics;

/// <summary>POSITIVE, NEGATIVE or NEUTRAL.</summary>
internal sealed class ImpactPolarityGraphType : EnumerationGraphType<ImpactPolarity>
{
    public ImpactPolarityGraphType()
    {
        Name = "ImpactPolarity";
        Description = "Which way a chain pushes what it reaches: the product of the AFFECTS polarities along it; NEUTRAL without any.";
    }
}
