namespace Graph.Server.Tests.Http.Streaming;

/// <summary>The README tour's subscription, as the tests run it.</summary>
internal static class SubscriptionTour
{
    public const string Figures = """
        subscription LiveFigures {
          observationAdded {
            indicator { name }
            subject { name }
            value
            unit
            periodEnd
            evidence { article { title } }
          }
        }
        """;
}
