namespace Graph.Extraction.Lexicon;

/// <summary>Closed word lists the pattern recognizers share.</summary>
internal static class Words
{
    /// <summary>Words by which an article refers back to its own event (本届大会, 此次博览会).</summary>
    public static readonly string[] EventReferences = ["本届", "本次", "此次", "这次"];

    /// <summary>Job titles that sit between an employer and a person's name (局长张建华) or after the name (赵文博副局长).</summary>
    public static readonly string[] TitleWords =
    [
        "局长", "副局长", "司长", "副司长", "部长", "副部长", "主任", "副主任", "院长", "副院长", "所长", "副所长", "处长", "副处长",
        "厅长", "副厅长", "省长", "副省长", "市长", "副市长", "书记", "副书记", "党委书记", "主席", "副主席", "秘书长", "副秘书长", "会长", "副会长", "理事长", "副理事长", "常务副主任", "党组书记", "区长", "副区长", "县长", "副县长",
        "代省长", "代市长", "代区长", "代县长",
        "常务副市长", "常务副省长", "常委", "党组成员", "党委委员", "第一书记", "党委副书记", "党组副书记", "副总经理", "总裁助理",
        "研究员", "副研究员", "助理研究员", "高级研究员", "教授", "副教授", "讲师", "首席经济学家", "经济学家", "分析师", "首席分析师",
        "董事长", "副董事长", "总经理", "副总经理", "总裁", "副总裁", "首席执行官", "首席技术官", "创始人", "联合创始人", "总监",
        "总工程师", "项目总工程师", "工程师", "高级工程师", "产品经理", "项目经理", "经理", "负责人", "主要负责人", "新闻发言人", "发言人",
    ];

    public static readonly TermTrie<string> Titles = Trie(TitleWords);

    /// <summary>Words that end a department name inside an organization (信息技术发展司).</summary>
    public static readonly string[] DepartmentSuffixes = ["办公室", "中心", "司", "局", "处", "室", "厅", "所", "科"];

    /// <summary>
    /// Government bodies that follow a place or a bare 省/市/县/区 (省国资委, 市商务局, 大连市商务局).
    /// Longest forms first is not needed: the trie picks the longest.
    /// </summary>
    public static readonly string[] LocalBodyWords =
    [
        "商务局", "商务厅", "商务委", "国资委", "数据局", "大数据局", "营商局", "营商环境建设局", "发展改革委", "发改委", "工信局", "工信厅",
        "工业和信息化局", "工业和信息化厅", "经信厅", "经信局", "科技局", "科技厅", "财政局", "财政厅", "教育局", "教育厅", "统计局", "人社局", "市场监管局",
        "生态环境局", "自然资源局", "交通运输局", "农业农村局", "文旅局", "文化和旅游局", "卫健委", "人民政府", "政府", "政府新闻办",
        "新闻办", "外事办", "税务局", "公安局", "住建局", "应急局", "投资促进局", "贸促会", "经信委", "工信委", "科委", "网信办", "委", "政协",
        "人大", "人大常委会", "口岸办", "金融局", "地方金融监管局", "海关",
        "委宣传部", "委组织部", "委统战部", "政府办公厅", "人民政府办公厅", "政府办公室", "人民政府办公室", "外办", "外事办公室", "政府外事办", "政府外事办公室", "人民政府外事办公室",
    ];

    public static readonly TermTrie<string> LocalBodies = Trie(LocalBodyWords);

    /// <summary>Single characters that end a name scanned leftwards from a suffix (…的培育工程 stops at 的).</summary>
    public const string LeftStopChars = "的在与和及对向将是为把被等了从以于并或即其这该各每";

    /// <summary>Verbs and fillers that end a name scanned leftwards (实施软件产业骨干企业培育工程 stops after 实施).</summary>
    public static readonly string[] LeftStopWords =
    [
        "实施", "开展", "推进", "推动", "形成", "发布", "出台", "印发", "落实", "启动", "加快", "深化", "建设", "参加", "参与", "召开", "举办",
        "举行", "还有", "包括", "以及", "作为", "支持", "持续", "深入", "围绕", "贯彻", "承接", "走访", "调研", "引导", "服务", "参展",
        "携手", "出席", "主持", "致辞", "宣布", "见证", "本届", "此次", "这次", "该次", "这款", "该款", "一款", "这个", "不仅", "助力", "打造", "培育", "提出", "制定", "了解", "关注", "研发", "带来", "用于", "利用", "依托", "联合", "来自",
    ];

    /// <summary>Characters that cannot continue a Chinese given name (张建华表示: stops before 表).</summary>
    public const string NameStopChars = "表说介认告指分警称如率在等的和与也就透对向带提主接还则曾坦谈直解为是已将会从到任";

    // Characters that are surnames but mostly start ordinary words (相关, 和, 国, 全, 公, 时) are left out on purpose.
    public static readonly HashSet<char> Surnames = [.. ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻厉伊仝郜阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄索宣晋初扈晁芮普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况宿鲜逯隆茹诸战慕危玉银亢嵇哈湛宾戎勾茅於呼居揭干但尉冶斯束檀衣阴昝智幸奉植衡富尧闭由文")];

    public static readonly HashSet<string> CompoundSurnames =
        ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门"];

    public static bool EndsWithStopWord(string text, int end, out int length)
    {
        foreach (var word in LeftStopWords)
        {
            if (end >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0)
            {
                length = word.Length;
                return true;
            }
        }

        length = 0;
        return false;
    }

    private static TermTrie<string> Trie(string[] words)
    {
        var trie = new TermTrie<string>();
        foreach (var word in words)
        {
            trie.Add(word, word);
        }

        return trie;
    }
}
