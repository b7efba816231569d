namespace Graph.Server.Tests.Support;

/// <summary>
/// The README tour's operations, read from tests/typed-client/tour, the one copy of them: ReadmeTests keeps those files
/// equal to the README's blocks, the typed-client CI step compiles a client from them, and these tests run them.
/// </summary>
internal static class TourQueries
{
    public static string SummitParticipants { get; } = Read("01-summit");

    public static string FindWangAndDalian { get; } = Read("02-find-ids");

    public static string Connection { get; } = Read("03-connection");

    public static string DalianOutsourcing { get; } = Read("04-outsourcing-figures");

    public static string Impact { get; } = Read("05-impact");

    public static string Links { get; } = Read("06-links");

    public static string Figures { get; } = Read("07-figures");

    public static string LiveFigures { get; } = Read("08-live-figures");

    public static string PlacesUnderProvince { get; } = Read("09-places-under-province");

    public static string TargetsBesideOutcomes { get; } = Read("10-targets-beside-outcomes");

    private static string Read(string name) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "typed-client", "tour", name + ".graphql")).ReplaceLineEndings("\n");
}
