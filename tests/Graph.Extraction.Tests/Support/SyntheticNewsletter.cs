using System.Globalization;
using System.Text;

namespace Graph.Extraction.Tests.Support;

/// <summary>
/// Newsletter-like text of any size, made on the spot from a fixed seed: figures, periods, datelines, people with posts,
/// companies, events, policies, products and listed breakdowns, with new names all along so that the number of names grows
/// with the text (what makes a per-name scan quadratic). Needs nothing from ../shared.
/// </summary>
internal static class SyntheticNewsletter
{
    private static readonly string[] Places = ["大连市", "沈阳市", "辽宁省", "青岛市", "山东省", "杭州市", "浙江省", "成都市", "四川省", "武汉市", "湖北省", "广州市", "广东省", "北京市", "上海市"];
    private static readonly string[] Industries = ["数字经济", "人工智能", "服务外包", "集成电路", "工业互联网", "新能源汽车", "生物医药", "软件和信息技术服务业"];
    private const string Pool = "华瑞泰和德信丰源达恒盛兴宏安康鑫隆旭嘉新科创智联云海天正中远博通汇金明辉瀚宇星辰峰岳锦程";
    private const string Given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华";
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";

    /// <summary>
    /// At least <paramref name="targetBytes"/> bytes of UTF-8: one line with no breaks, or articles with bulleted titles and
    /// source lines.
    /// </summary>
    public static string Build(int targetBytes, bool oneLine, int seed = 7)
    {
        var random = new Random(seed);
        var text = new StringBuilder((targetBytes / 2) + 4096);
        var bytes = 0;
        var paragraph = 0;
        while (bytes < targetBytes)
        {
            var piece = new StringBuilder();
            if (!oneLine && paragraph % 8 == 0)
            {
                piece.Append("● ").Append(Pick(random, Places)).Append(Pick(random, Industries)).Append("发展动态").Append('\n');
            }

            piece.Append(Paragraph(random));
            paragraph++;
            if (!oneLine)
            {
                piece.Append('\n');
                if (paragraph % 8 == 0)
                {
                    piece.Append("（来源：").Append(Pick(random, Places)).Append("人民政府网）\n");
                }
            }

            var value = piece.ToString();
            text.Append(value);
            bytes += Encoding.UTF8.GetByteCount(value);
        }

        return text.ToString();
    }

    private static string Paragraph(Random r)
    {
        var place = Pick(r, Places);
        var other = Pick(r, Places);
        var industry = Pick(r, Industries);
        var company = Name(r, 2) + "科技有限公司";
        var person = Surnames[r.Next(Surnames.Length)] + Name(r, 1, Given) + Name(r, 1, Given);
        var year = 2020 + r.Next(6);
        var month = 1 + r.Next(12);
        var n = Number(r);
        var p = Percent(r);
        return (r.Next(10)) switch
        {
            0 => $"{year}年1—{month}月，{place}{industry}业务收入{n}亿元，同比增长{p}%，高于全国{Percent(r)}个百分点。",
            1 => $"{place}商务局局长{person}表示，{company}将参加第{1 + r.Next(20)}届{Name(r, 2)}数字经济博览会，{company}总经理{person}出席。",
            2 => $"新华社{other}{month}月{1 + r.Next(28)}日电 今年前三季度，全省{industry}增加值{n}亿元，同比增长{p}%，占全省比重{Percent(r)}%。",
            3 => $"《关于推动{industry}高质量发展的实施意见》由{place}人民政府印发，{company}等{1 + r.Next(90)}家企业参与“{Name(r, 4)}”行动。",
            4 => $"{company}研发的“{Name(r, 3)}”智能巡检系统和{Name(r, 4)}机器人带动了{industry}发展，促进{other}{industry}增长。",
            5 => $"第{1 + r.Next(30)}届{Name(r, 2)}国际{industry}论坛{month}月{1 + r.Next(20)}日至{21 + r.Next(7)}日在{other}举办，签约项目{1 + r.Next(200)}个，总投资{n}亿元。",
            6 => $"ITO、BPO和KPO执行额分别为{n}亿美元、{Number(r)}亿美元和{Number(r)}亿美元，同比分别增长{p}%、{Percent(r)}%和{Percent(r)}%。",
            7 => $"记者{person}报道，{place}{Name(r, 2)}大学与{company}签约，共建{Name(r, 2)}研究院，{place}副市长{person}出席。",
            8 => $"截至{month}月底，{place}累计培育{industry}企业{1 + r.Next(900)}家，实现营业收入{n}万元，环比增长{p}%。",
            _ => $"{year}年，{place}{industry}规模达到{n}亿元，力争到{year + 2}年突破{Number(r)}亿元，我市{industry}从业人员{1 + r.Next(90)}万人。",
        };
    }

    private static string Pick(Random r, string[] items) => items[r.Next(items.Length)];

    private static string Name(Random r, int length, string pool = Pool)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = pool[r.Next(pool.Length)];
        }

        return new string(chars);
    }

    private static string Number(Random r) => (r.Next(10, 99999) / 10m).ToString(CultureInfo.InvariantCulture);

    private static string Percent(Random r) => (r.Next(1, 400) / 10m).ToString(CultureInfo.InvariantCulture);
}
