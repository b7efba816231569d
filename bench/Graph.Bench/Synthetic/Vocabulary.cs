namespace Graph.Bench.Synthetic;

/// <summary>Character and word pools for Chinese names. Only used to make names look real; uniqueness comes from serials.</summary>
internal static class Vocabulary
{
    public const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

    public const string GivenNames =
        "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力金林波宁鹏斌宇浩凯健俊帆帅旭晨阳海峰亮新志国东春雪梅琳雨欣佳子涵然博轩嘉怡思远晓彦青松岩";

    public const string Brand =
        "华中联兴盛达通信科创德恒泰安汇博睿智源远航宏图鑫海天宇星辰龙腾飞云启明东方佳和鼎昌隆祥瑞丰实业金石光电新材港湾锦程嘉禾";

    public const string PlaceChars = "江河山湖阳安宁平川州林泉城口台原武昌兴新丰庆德化清水南北东西海云长洛";

    public static readonly string[] Provinces =
    [
        "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市", "江苏省", "浙江省", "安徽省",
        "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省",
        "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区", "香港特别行政区", "澳门特别行政区", "台湾省",
    ];

    public static readonly string[] Industries =
    [
        "人工智能", "制造业", "数字经济", "外包服务业", "海洋产业", "数字产业", "新能源汽车", "集成电路", "生物医药", "低空经济", "跨境电商",
        "现代农业", "文化旅游", "金融服务", "物流", "软件和信息技术服务业", "装备制造", "石化", "钢铁", "新材料", "工业互联网", "数据要素",
    ];

    public static readonly string[] IndustryQualifiers = ["", "智能", "绿色", "高端", "现代", "先进", "数字", "海洋", "航空", "临港"];

    public static readonly string[] Indicators =
    [
        "地区生产总值", "服务外包合同签约额", "服务外包执行额", "进出口总额", "实际使用外资", "固定资产投资", "社会消费品零售总额",
        "规模以上工业增加值", "一般公共预算收入", "城镇居民人均可支配收入", "数字经济核心产业增加值", "高新技术企业数量", "研发投入",
    ];

    public static readonly string[] CompanySuffixes = ["有限公司", "股份有限公司", "集团有限公司", "科技有限公司"];

    public static readonly string[] OrganizationSuffixes = ["局", "委员会", "办公室", "研究院", "协会", "中心", "厅", "管理委员会"];

    public static readonly string[] EventSuffixes = ["大会", "论坛", "博览会", "峰会", "洽谈会", "发布会"];

    public static readonly string[] PolicyForms = ["实施意见", "行动方案", "若干措施", "指导意见", "专项行动", "三年行动计划"];

    public static readonly string[] Roles = ["局长", "副局长", "司长", "主任", "董事长", "总经理", "处长"];

    public static readonly string[] Sources = ["人民日报", "新华社", "大连日报", "辽宁日报", "中国服务贸易指南网", "辽宁省人民政府网", "经济日报"];
}
