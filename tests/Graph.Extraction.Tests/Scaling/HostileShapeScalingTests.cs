using System.Globalization;
using Graph.Extraction.Tests.Support;
using Xunit.Abstractions;

namespace Graph.Extraction.Tests.Scaling;

/// <summary>
/// Texts built to defeat one step each: no sentence marks at all, endless lists, a trigger word or a suffix repeated, figures
/// with no subject. Each is extracted at a quarter and at a whole megabyte; the CPU time per megabyte may not grow much.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class HostileShapeScalingTests(ITestOutputHelper output)
{
    private const double MaxPerMegabyteRatio = 2.5;

    [Theory]
    [InlineData("大连市数字经济发展加快")]
    [InlineData("、数字经济")]
    [InlineData("等项目")]
    [InlineData("全国全省我市")]
    [InlineData("（大连市商务局局长王明）")]
    [InlineData("ITO、BPO和KPO执行额分别为1亿美元、2亿美元和3亿美元")]
    [InlineData("在大连举办的第一届博览会带动")]
    [InlineData("公司总经理王明有限公司机器人")]
    [InlineData("高于全国0.5个百分点今年1—7月同比增长5%")]
    [InlineData("新华社北京8月23日电“数据”《关于")]
    public void A_hostile_shape_is_extracted_in_near_linear_time(string unit)
    {
        var extractor = DocumentExtractorFactory.Create();
        var small = Repeat(unit, 250_000);
        var large = Repeat(unit, 1_000_000);
        extractor.Extract(new SourceDocument("warm-up.txt", small));

        var smallSeconds = ThreadCpuClock.Measure(() => extractor.Extract(new SourceDocument("small.txt", small))).TotalSeconds;
        var largeSeconds = ThreadCpuClock.Measure(() => extractor.Extract(new SourceDocument("large.txt", large))).TotalSeconds;

        // Below a few milliseconds the clock's granularity decides; such a shape is cheap at any size.
        var ratio = largeSeconds / 4 / Math.Max(smallSeconds, 0.005);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"0.25 MB {smallSeconds:F3} s, 1 MB {largeSeconds:F3} s, per-MB ratio {ratio:F2}"));
        Assert.True(ratio <= MaxPerMegabyteRatio, $"CPU time per megabyte grew {ratio:F2}x from 0.25 MB to 1 MB for '{unit}'.");
    }

    private static string Repeat(string unit, int bytes) =>
        string.Concat(Enumerable.Repeat(unit, (bytes / System.Text.Encoding.UTF8.GetByteCount(unit)) + 1));
}
