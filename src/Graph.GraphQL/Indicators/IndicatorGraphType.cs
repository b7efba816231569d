using Graph.Domain.Model;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Observations;

namespace Graph.GraphQL.Indicators;

/// <summary>A named metric, such as 服务外包合同签约额.</summary>
internal sealed class IndicatorGraphType : EntityGraphType
{
    public IndicatorGraphType()
        : base(EntityKind.Indicator, "A named economic metric; its values are observations.")
    {
        ObservationFields.AddIndicatorObservations(this);
    }
}
