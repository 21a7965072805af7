using System.Globalization;
using System.Text;

namespace Yearbook.Indexes.Subjects;

/// <summary>
/// Pinyin order for index headings, through ICU's <c>zh-CN</c> collation (which orders Han
/// characters by their most common reading). ICU gives an order but no pinyin, so the initial
/// letter of a heading is found by locating it between the first characters of each letter in
/// that order; and a pinyin sort key written by an editor (for 召陵 zhào, 单 shàn, 区 ōu) is turned
/// into a collation text by spelling each syllable with a character that has that reading, so
/// headings with and without sort keys interleave correctly. Both tables were checked against ICU
/// (see the tests); .NET uses ICU on Linux only when <c>InvariantGlobalization</c> is false.
/// </summary>
internal sealed class PinyinCollation
{
    /// <summary>The first character of each initial letter in ICU's zh-CN order. The classic table
    /// has 痳 for M, but ICU reads it lín, so M starts at 呣 and N at 嗯 (ń) here.</summary>
    private const string LetterBoundaries = "阿八嚓哒妸发旮哈讥咔垃呣嗯噢妑七呥仨他屲夕丫帀";

    private const string Letters = "ABCDEFGHJKLMNOPQRSTWXYZ";

    /// <summary>One character per pinyin syllable with an unambiguous reading in ICU, in pinyin order
    /// (ü written v); a test checks the characters are in ascending zh-CN order.</summary>
    public const string SyllableTable = "a阿 ai爱 an安 ang昂 ao奥 ba八 bai白 ban班 bang帮 bao包 bei北 ben本 beng崩 bi比 bian边 biao标 bie别 bin宾 bing兵 bo波 bu不 ca擦 cai才 can参 cang仓 cao草 ce策 cen岑 ceng层 cha茶 chai柴 chan产 chang常 chao超 che车 chen陈 cheng成 chi吃 chong充 chou抽 chu出 chuai揣 chuan川 chuang窗 chui吹 chun春 chuo戳 ci词 cong从 cou凑 cu粗 cuan窜 cui催 cun村 cuo错 da大 dai带 dan丹 dang当 dao到 de德 deng等 di低 dian电 diao掉 die跌 ding丁 diu丢 dong东 dou斗 du杜 duan段 dui对 dun吨 duo多 e鹅 en恩 er二 fa发 fan反 fang方 fei飞 fen分 feng风 fou否 fu福 ga嘎 gai该 gan干 gang刚 gao高 ge哥 gei给 gen根 geng耕 gong工 gou狗 gu古 gua瓜 guai怪 guan关 guang光 gui贵 gun滚 guo国 ha哈 hai海 han汉 hang航 hao好 he河 hei黑 hen很 heng横 hong红 hou后 hu湖 hua花 huai怀 huan欢 huang黄 hui灰 hun婚 huo火 ji鸡 jia家 jian见 jiang江 jiao交 jie街 jin金 jing京 jiong窘 jiu九 ju居 juan卷 jue决 jun军 ka卡 kai开 kan看 kang康 kao考 ke科 ken肯 keng坑 kong空 kou口 ku苦 kua夸 kuai快 kuan宽 kuang框 kui亏 kun昆 kuo扩 la拉 lai来 lan蓝 lang浪 lao老 le乐 lei雷 leng冷 li里 lia俩 lian连 liang两 liao辽 lie列 lin林 ling灵 liu流 long龙 lou楼 lu路 lv绿 luan乱 lue略 lun论 luo罗 ma马 mai买 man满 mang忙 mao毛 me么 mei美 men门 meng梦 mi米 mian面 miao秒 mie灭 min民 ming明 miu谬 mo摸 mou某 mu木 na那 nai奶 nan南 nang囊 nao脑 ne呢 nei内 nen嫩 neng能 ni你 nian年 niang娘 niao鸟 nie捏 nin您 ning宁 niu牛 nong农 nou耨 nu怒 nv女 nuan暖 nue虐 nuo诺 o哦 ou欧 pa怕 pai派 pan盘 pang旁 pao跑 pei配 pen盆 peng朋 pi皮 pian片 piao票 pie撇 pin品 ping平 po破 pou剖 pu普 qi七 qia恰 qian前 qiang强 qiao桥 qie切 qin亲 qing青 qiong穷 qiu秋 qu去 quan全 que却 qun群 ran然 rang让 rao绕 re热 ren人 reng仍 ri日 rong容 rou肉 ru如 ruan软 rui瑞 run润 ruo弱 sa撒 sai赛 san三 sang桑 sao扫 se色 sen森 seng僧 sha沙 shai晒 shan山 shang上 shao少 she社 shen深 sheng生 shi是 shou手 shu书 shua刷 shuai帅 shuan拴 shuang双 shui水 shun顺 shuo硕 si四 song送 sou搜 su苏 suan算 sui岁 sun孙 suo所 ta他 tai太 tan谈 tang唐 tao桃 te特 teng疼 ti体 tian天 tiao跳 tie铁 ting听 tong同 tou头 tu土 tuan团 tui推 tun吞 tuo托 wa瓦 wai外 wan万 wang王 wei微 wen文 weng翁 wo我 wu五 xi西 xia下 xian先 xiang香 xiao小 xie写 xin新 xing星 xiong雄 xiu修 xu需 xuan选 xue学 xun寻 ya压 yan言 yang羊 yao摇 ye业 yi一 yin因 ying英 yo哟 yong用 you有 yu鱼 yuan元 yue月 yun云 za杂 zai在 zan赞 zang赃 zao早 ze则 zei贼 zen怎 zeng增 zha闸 zhai摘 zhan站 zhang张 zhao赵 zhe这 zhen真 zheng正 zhi知 zhong中 zhou周 zhu主 zhua抓 zhuai拽 zhuan专 zhuang装 zhui追 zhun准 zhuo桌 zi子 zong总 zou走 zu组 zuan钻 zui最 zun尊 zuo作";

    /// <summary>Common words that begin with a polyphonic character ICU reads otherwise
    /// (ICU reads 长 as zhǎng): the reading they take in an index, as a homophone.</summary>
    private static readonly (string Word, string Homophone)[] LeadingWords =
    [
        ("长江", "常"), ("长城", "常"), ("长沙", "常"), ("长春", "常"), ("长安", "常"), ("长征", "常"), ("长期", "常"), ("长效", "常"),
        ("重阳", "虫"), ("重建", "虫"), ("重新", "虫"), ("重复", "虫"),
        ("行业", "航"),
    ];

    private static readonly Dictionary<string, char> Syllables = SyllableTable
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(s => (Syllable: s[..^1], Character: s[^1]))
        .Concat<(string Syllable, char Character)>([("lve", '略'), ("nve", '虐')])
        .ToDictionary(s => s.Syllable, s => s.Character, StringComparer.Ordinal);

    private static readonly int LongestSyllable = Syllables.Keys.Max(k => k.Length);

    private readonly CompareInfo _compare = CultureInfo.GetCultureInfo("zh-CN").CompareInfo;

    /// <summary>The comparer for collation texts: ICU zh-CN (pinyin).</summary>
    public IComparer<string> Comparer => _compare.GetStringComparer(CompareOptions.None);

    /// <summary>
    /// The text a heading is sorted by: the heading itself, with a leading polyphonic word respelled,
    /// or, when an editor gave a pinyin <paramref name="sortKey"/>, that pinyin spelled in characters.
    /// </summary>
    public string CollationText(string heading, string? sortKey)
    {
        if (!string.IsNullOrWhiteSpace(sortKey) && SpellPinyin(sortKey) is { } spelled)
        {
            return spelled;
        }

        foreach (var (word, homophone) in LeadingWords)
        {
            if (heading.StartsWith(word, StringComparison.Ordinal))
            {
                return homophone + heading[1..];
            }
        }

        return heading;
    }

    /// <summary>The index letter (A–Z) of a collation text, or <c>#</c> for digits and symbols.</summary>
    public string LetterOf(string collationText)
    {
        if (collationText.Length == 0)
        {
            return "#";
        }

        var first = collationText[0];
        if (char.IsAsciiLetter(first))
        {
            return char.ToUpperInvariant(first).ToString();
        }

        if (!IsHan(collationText))
        {
            return "#";
        }

        // The last boundary not after the text: a binary search over the ICU order.
        int low = 0, high = LetterBoundaries.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (_compare.Compare(collationText, LetterBoundaries[mid].ToString(), CompareOptions.None) >= 0)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found < 0 ? "#" : Letters[found].ToString();
    }

    /// <summary>Spells pinyin (<c>zhao ling</c>, <c>zhaoling</c>, <c>Zhào-líng</c>) in characters; null when it is not pinyin.</summary>
    public static string? SpellPinyin(string pinyin)
    {
        var builder = new StringBuilder();
        foreach (var word in Normalize(pinyin).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var spelled = Segment(word, 0);
            if (spelled is null)
            {
                return null;
            }

            builder.Append(spelled);
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    // Longest syllable first, backing off when the rest cannot be split (xian, not xi-an, unless needed).
    private static string? Segment(string word, int start)
    {
        if (start == word.Length)
        {
            return "";
        }

        for (var length = Math.Min(LongestSyllable, word.Length - start); length > 0; length--)
        {
            if (Syllables.TryGetValue(word.Substring(start, length), out var character) && Segment(word, start + length) is { } rest)
            {
                return character + rest;
            }
        }

        return null;
    }

    private static string Normalize(string pinyin)
    {
        // Tone marks off (ü becomes v), apostrophes and hyphens become word breaks, digits (tone numbers) dropped.
        var builder = new StringBuilder(pinyin.Length);
        foreach (var c in pinyin.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z')
            {
                builder.Append(c);
            }
            else if (c == '\u0308')
            {
                builder.Length--;
                builder.Append('v');
            }
            else if (c is ' ' or '\'' or '’' or '-' or '_')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    private static bool IsHan(string text) =>
        Rune.GetRuneAt(text, 0).Value is (>= 0x3400 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF);
}
