namespace Yearbook.Editions.Review;

/// <summary>
/// Finds the likely personal names in Simplified text, the places where a converter's dictionary
/// knowledge does not apply: a surname and one or two given-name characters, written right after a
/// role (记者 刘广超, 书记李明) or right before a title (于洪涛同志, 范伟副区长), and standing
/// apart from the text around it. Names written any other way are not found.
/// </summary>
internal static class PersonNames
{
    /// <summary>Common surnames in Simplified script (the most frequent two hundred, single characters).</summary>
    public const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝郁";

    /// <summary>Titles written after a name (于洪涛同志, 范伟副区长), longest first so 副区长 wins over 区长.</summary>
    private static readonly string[] TitlesAfter =
    [
        "副区长", "副书记", "副主任", "副县长", "副市长", "副镇长", "副局长", "董事长", "总经理",
        "先生", "女士", "同志", "书记", "主任", "区长", "县长", "市长", "镇长", "乡长", "局长", "村长", "主席", "院长", "校长", "所长", "站长", "厂长", "部长", "处长", "科长", "经理", "老师", "教授",
    ];

    /// <summary>Roles written before a name (记者 刘广超, 书记李明).</summary>
    private static readonly string[] RolesBefore =
    [
        "副区长", "副书记", "副主任", "副县长", "副市长", "副镇长", "副局长", "总经理",
        "通讯员", "记者", "摄影", "撰稿", "作者", "书记", "主任", "区长", "县长", "市长", "镇长", "乡长", "局长", "村长", "主席", "院长", "校长", "所长", "站长", "厂长", "部长", "处长", "科长", "经理", "董事长",
    ];

    /// <summary>The first characters of the titles and roles: the search only stops at these.</summary>
    private static readonly System.Buffers.SearchValues<char> TitleStarts = System.Buffers.SearchValues.Create(string.Concat(TitlesAfter.Concat(RolesBefore).Select(t => t[0]).Distinct()));

    /// <summary>Last characters of the bodies a title follows (党支部书记, 村委会主任), which names do not end with.</summary>
    private const string NotNameEndings = "部委会局院办处所站厂村镇乡区县市省组队室科校社司团";

    /// <summary>The (start, length) of each likely name in <paramref name="text"/>, in order, without overlaps.</summary>
    public static IReadOnlyList<(int Start, int Length)> Find(string text)
    {
        var names = new List<(int Start, int Length)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!TitleStarts.Contains(text[i]))
            {
                continue;
            }

            if (TitleAt(text, i, TitlesAfter) is { } title)
            {
                // 3 characters when the name stands apart from what precedes it, else 2.
                foreach (var length in (int[])[3, 2])
                {
                    var start = i - length;
                    if (start >= 0 && Surnames.Contains(text[start]) && AllHan(text, start, length) && (length == 2 || StandsApart(text, start - 1)) && !NotNameEndings.Contains(text[i - 1]))
                    {
                        names.Add((start, length));
                        break;
                    }
                }
            }

            if (TitleAt(text, i, RolesBefore) is { } role)
            {
                var start = i + role.Length;
                while (start < text.Length && text[start] is ' ' or '\u3000' or '：' or ':')
                {
                    start++;
                }

                var length = 0;
                while (start + length < text.Length && IsHan(text[start + length]) && TitleAt(text, start + length, TitlesAfter) is null)
                {
                    length++;
                }

                // A name followed straight by more text (副区长余敏出席) is taken as surname and one character.
                length = length > 3 ? 2 : length;
                if (length is 2 or 3 && Surnames.Contains(text[start]))
                {
                    names.Add((start, length));
                    i = start + length - 1;
                    continue;
                }
            }

            i += (TitleAt(text, i, TitlesAfter) ?? TitleAt(text, i, RolesBefore) ?? " ").Length - 1;
        }

        return names;
    }

    private static string? TitleAt(string text, int at, string[] titles)
    {
        foreach (var title in titles)
        {
            if (string.CompareOrdinal(text, at, title, 0, title.Length) == 0)
            {
                return title;
            }
        }

        return null;
    }

    private static bool StandsApart(string text, int before) => before < 0 || !IsHan(text[before]) || text[before] is '、' or '和' or '与' or '及';

    private static bool AllHan(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!IsHan(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
