namespace Graph.Server.Tests.Support;

/// <summary>The three queries of the README's tour, verbatim; a test keeps the README and these in step.</summary>
internal static class TourQueries
{
    public const string SummitParticipants = """
        query Summit {
          events(where: { nameContains: "数字中国建设峰会" }) {
            nodes {
              name
              startDate
              endDate
              place { name }
              participants { name kind ... on Company { location { name parent { name } } } }
            }
          }
        }
        """;

    public const string FindWangAndDalian = """
        query FindPersonAndPlace {
          people(where: { nameContains: "王彦青" }) { nodes { id name } }
          places(where: { nameContains: "大连市" }) { nodes { id name } }
        }
        """;

    public const string Connection = """
        query Connection($from: ID!, $to: ID!) {
          shortestPath(from: $from, to: $to, maxLength: 6) {
            length
            nodes { name kind }
            edges { type role from { name } to { name } }
          }
          connection(a: $from, b: $to) {
            sharedArticles { entity { name } }
            coMentioned { entity { name kind } articleWithA { title } articleWithB { title } }
          }
        }
        """;

    public const string DalianOutsourcing = """
        query OutsourcingFigures {
          places(where: { nameContains: "大连市" }) {
            nodes {
              name
              observations(from: "2025-01-01", to: "2025-03-31", first: 50) {
                totalCount
                nodes {
                  indicator { name }
                  value
                  unit
                  normalizedValue
                  baseUnit
                  periodStart
                  periodEnd
                  yoyPct
                  evidence {
                    start length articleTitle documentTitle publishedAt
                    snippet(context: 40) { marked before match after }
                  }
                }
              }
            }
          }
        }
        """;

    public const string PlacesUnderProvince = """
        query Under($province: ID!) {
          places(where: { within: $province, subtypeMatches: { in: ["city", "district"] } }, orderBy: [NAME_PINYIN_ASC], first: 5) {
            totalCount
            nodes { name subtype parent { name } }
            pageInfo { hasNextPage hasPreviousPage endCursor }
          }
        }
        """;

    public const string TargetsBesideOutcomes = """
        query TargetsBesideOutcomes {
          places(where: { name: { eq: "辽宁省" } }) {
            nodes {
              name
              outcomes: observations(from: "2025-01-01", to: "2025-12-31", includeTargets: false) { totalCount nodes { indicator { name } value unit } }
              all: observations(from: "2025-01-01", to: "2025-12-31") { totalCount nodes { indicator { name } value unit isTarget periodStart periodEnd } }
            }
          }
        }
        """;
}
