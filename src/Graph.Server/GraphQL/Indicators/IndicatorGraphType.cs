using Graph.Domain.Model;
using Graph.Server.GraphQL.Entities;
using Graph.Server.GraphQL.Observations;

namespace Graph.Server.GraphQL.Indicators;

/// <summary>A named metric, such as 服务外包合同签约额.</summary>
internal sealed class IndicatorGraphType : EntityGraphType
{
    public IndicatorGraphType()
        : base(EntityKind.Indicator, "A named economic metric; its values are observations.")
    {
        ObservationFields.AddIndicatorObservations(this);
    }
}
