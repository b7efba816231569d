using System.Globalization;
using System.Text;

namespace Graph.Server.Tests.Support;

/// <summary>
/// Newsletter-shaped text made up for fault tests: many articles about many cities, each with figures, so one
/// document yields thousands of facts and its ingestion takes long enough to be interrupted.
/// </summary>
internal static class SyntheticNewsletter
{
    private static readonly string[] Cities =
    [
        "沈阳", "大连", "鞍山", "抚顺", "本溪", "丹东", "锦州", "营口", "阜新", "辽阳", "盘锦", "铁岭", "朝阳", "葫芦岛",
        "长春", "吉林", "四平", "辽源", "通化", "白山", "松原", "白城", "哈尔滨", "齐齐哈尔", "鸡西", "鹤岗", "双鸭山", "大庆",
    ];

    private static readonly string[] Metrics = ["软件业务收入", "服务外包执行额", "进出口总额", "固定资产投资", "数字经济核心产业增加值"];

    /// <summary>A document of <paramref name="articles"/> articles; <paramref name="seed"/> varies the figures.</summary>
    public static string Create(int articles, int seed = 1)
    {
        var random = new Random(seed);
        var text = new StringBuilder("【数据月报】\n\n");
        for (var i = 0; i < articles; i++)
        {
            var city = Cities[i % Cities.Length];
            var metric = Metrics[(i / Cities.Length) % Metrics.Length];
            var value = (random.Next(100, 99_999) / 10m).ToString(CultureInfo.InvariantCulture);
            var growth = (random.Next(-300, 600) / 10m).ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"● {city}市第{i + 1}期经济运行简报\n\n");
            text.Append(CultureInfo.InvariantCulture, $"今年 1-3 月，{city}市{metric} {value} 亿元，同比增长 {growth}%。");
            text.Append(CultureInfo.InvariantCulture, $"{city}市工业和信息化局局长介绍，{city}市将推进数字产业高质量发展。\n\n");
            text.Append(CultureInfo.InvariantCulture, $"（来源：{city}日报）\n\n");
        }

        return text.ToString();
    }
}
