using Graph.Extraction.Loading;

namespace Graph.Extraction.Tests.Loading;

/// <summary>
/// Pages that do not mark their article (no &lt;article&gt; or &lt;main&gt;), made up in the shapes of common site templates:
/// the article is found by text density and site chrome is left out.
/// </summary>
public sealed class MainContentTests
{
    private const string PortalPage = """
        <html><head><meta charset="utf-8"><title>示例新闻_工作动态</title></head><body>
        <div class="top-bar"><div class="wrap">今天是：<a href="/">网站首页</a> | <a href="/en">English</a> | <a href="/m">移动版</a></div></div>
        <div class="head"><div class="logo"><a href="/"><img alt="示例市人民政府"></a></div></div>
        <div class="menu-bar"><ul><li><a href="/">首页</a></li><li><a href="/a">机构概况</a></li><li><a href="/b">政务公开</a></li>
          <li><a href="/c">政策法规</a></li><li><a href="/d">互动交流</a></li></ul></div>
        <div class="wrap">
          <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/b">政务公开</a> &gt; <a href="/b/1">工作动态</a></div>
          <div class="detail">
            <h1>示例市一季度工业增加值增长6.5%</h1>
            <div class="info"><span>发布时间：2031-04-20 10:00</span><span>来源：示例日报</span><span>字号：<a href="#">大</a> <a href="#">小</a></span></div>
            <div class="article-content">
              <p>本报讯 记者从示例市统计局获悉，一季度，全市规模以上工业增加值同比增长6.5%，比上年全年加快1.2个百分点，增速居全省第三位。</p>
              <p>分行业看，电子信息、装备制造、新材料三大产业合计增长9.8%，占规模以上工业的比重为41.3%，拉动全市工业增长3.9个百分点。</p>
              <p>市统计局有关负责人表示，下一步将加强运行监测，推动工业经济持续向好，力争全年规模以上工业增加值增长7%左右。</p>
            </div>
            <div class="tools"><a href="#">【打印本页】</a><a href="#">【关闭窗口】</a><a href="#">微信</a><a href="#">微博</a></div>
          </div>
          <div class="related"><h3>相关链接</h3><ul>
            <li><a href="/1">示例市召开全市安全生产工作视频会议</a><span>2031-04-18</span></li>
            <li><a href="/2">示例市科技创新工作推进会在示例区召开</a><span>2031-04-12</span></li>
            <li><a href="/3">示例市部署开展对标一流管理提升专项行动</a><span>2031-04-02</span></li></ul></div>
        </div>
        <div class="footer"><p><a href="/x">关于我们</a> | <a href="/y">网站地图</a></p>
          <p>版权所有：示例市人民政府办公厅　主办：示例市大数据中心　备案号：示ICP备00000000号</p></div>
        </body></html>
        """;

    [Fact]
    public void A_portal_page_keeps_its_headline_date_line_and_body_and_loses_menus_tools_related_links_and_footer()
    {
        var text = HtmlReader.Read("portal.html", PortalPage).Text;

        Assert.StartsWith("示例市一季度工业增加值增长6.5%\n\n发布时间：2031-04-20 10:00来源：示例日报", text, StringComparison.Ordinal);
        Assert.Contains("全市规模以上工业增加值同比增长6.5%", text, StringComparison.Ordinal);
        Assert.Contains("力争全年规模以上工业增加值增长7%左右。", text, StringComparison.Ordinal);
        foreach (var chrome in new[] { "网站首页", "机构概况", "当前位置", "打印本页", "微博", "相关链接", "安全生产工作视频会议", "专项行动", "版权所有", "网站地图" })
        {
            Assert.DoesNotContain(chrome, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Readers_comments_below_an_article_are_not_part_of_it()
    {
        const string page = """
            <html><body>
            <div id="page"><div class="post">
              <h2>示例科技发布新一代储能产品</h2>
              <div class="post-body"><p>示例科技股份有限公司昨日在示例市发布新一代储能产品，公司表示，新产品能量密度提升20%，成本下降15%，预计明年量产。</p>
              <p>公司董事长在发布会上说，今年以来公司研发投入同比增长35.6%，储能业务收入占比提升至28%。</p></div>
            </div>
            <div id="comments" class="comment-list">
              <div class="comment"><p>网友甲：这个产品看起来不错，期待早日上市，价格能不能再便宜一些，希望公司多做宣传。</p></div>
              <div class="comment"><p>网友乙：储能行业竞争激烈，成本下降15%确实很关键，不过还要看实际使用效果和售后服务。</p></div>
            </div></div>
            </body></html>
            """;

        var text = HtmlReader.Read("post.html", page).Text;

        Assert.StartsWith("示例科技发布新一代储能产品", text, StringComparison.Ordinal);
        Assert.Contains("储能业务收入占比提升至28%。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("网友", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_lines_split_by_breaks_is_found_among_link_lists_and_a_list_of_teasers()
    {
        const string page = """
            <html><body>
            <div class="links"><a href="/1">首页</a> <a href="/2">新闻中心</a> <a href="/3">通知公告</a> <a href="/4">专题专栏</a></div>
            <div class="teasers">
              <article><h3><a href="/t1">示例区举办人才招聘会</a></h3><p>示例区举办春季人才招聘会，数十家企业参加……</p></article>
              <article><h3><a href="/t2">示例区召开防汛工作会议</a></h3><p>示例区召开防汛工作会议，部署今年防汛工作……</p></article>
            </div>
            <h1>示例区前三季度固定资产投资增长8.1%</h1>
            <div id="zoom">前三季度，示例区固定资产投资同比增长8.1%，其中工业投资增长12.4%，占全部投资的比重为36.5%。<br>
            民间投资增长5.2%，高技术产业投资增长21.7%，增速比上半年加快2.3个百分点。<br>
            区统计局表示，全区投资结构持续优化，新动能加快集聚。</div>
            <div class="bottom"><a href="/a">联系我们</a> | <a href="/b">网站声明</a></div>
            </body></html>
            """;

        var text = HtmlReader.Read("zone.html", page).Text;

        Assert.StartsWith("示例区前三季度固定资产投资增长8.1%\n\n前三季度，示例区固定资产投资同比增长8.1%", text, StringComparison.Ordinal);
        Assert.Contains("新动能加快集聚。", text, StringComparison.Ordinal);
        foreach (var chrome in new[] { "新闻中心", "人才招聘会", "防汛工作会议", "联系我们" })
        {
            Assert.DoesNotContain(chrome, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_page_with_no_prose_block_is_read_whole()
    {
        const string page = "<html><body><div><span>示例市天气：晴</span></div></body></html>";

        Assert.Equal("示例市天气：晴\n", HtmlReader.Read("short.html", page).Text);
    }
}
