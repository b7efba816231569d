using System.Globalization;
using GraphQL.Validation;

namespace Graph.GraphQL.Validation;

/// <summary>
/// Refuses an operation whose estimated cost (<see cref="CostCalculator"/>) exceeds the configured maximum, after the
/// document validated and its variables were read (page sizes may be variables), before anything executes. The
/// estimate travels in the user context so telemetry can record each operation's cost.
/// </summary>
internal sealed class OperationCostRule(int maxCost) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (context.HasErrors)
        {
            return default;
        }

        var cost = CostCalculator.Estimate(context);
        context.UserContext[GraphUserContext.CostKey] = cost;
        if (cost > maxCost)
        {
            var shown = double.IsFinite(cost) && cost < 1e15 ? cost.ToString("N0", CultureInfo.InvariantCulture) : "more than 10^15";
            context.ReportError(new LimitExceededError(
                context,
                $"The operation's estimated cost is {shown}; at most {maxCost.ToString("N0", CultureInfo.InvariantCulture)} is allowed. " +
                "Ask for smaller pages (first) or fewer nested lists.",
                context.Operation));
        }

        return default;
    }
}
