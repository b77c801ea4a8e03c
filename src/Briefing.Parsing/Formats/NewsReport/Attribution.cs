using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Briefing.Parsing.Formats.NewsReport;

/// <summary>What the subject of an attribution is.</summary>
internal enum SubjectKind
{
    /// <summary>A named person ("Guo Jiakun", "Guo", "汪文斌").</summary>
    Person,
    /// <summary>An institution or country ("China's Foreign Ministry", "Beijing", "中国外交部").</summary>
    Institution,
    /// <summary>A pronoun ("He", "she", "他"): the last person named.</summary>
    Pronoun,
    /// <summary>A description ("the spokesperson", "the diplomat"): the last spokesperson named.</summary>
    Description,
    /// <summary>A news outlet that carries a report ("According to Namibia Press Agency").</summary>
    Carrier,
    /// <summary>A document-like source that is not a speaker ("the official website", "public information").</summary>
    Document,
}

/// <summary>Who a sentence is attributed to, as the sentence words it.</summary>
/// <param name="Kind">What the subject is.</param>
/// <param name="Subject">The subject as printed.</param>
/// <param name="Speaker">The resolved speaker for persons and institutions.</param>
internal sealed record Attribution(SubjectKind Kind, string Subject, Speaker? Speaker)
{
    /// <summary>The carrier, for "According to &lt;outlet&gt;".</summary>
    public Outlet? Via { get; init; }

    /// <summary>"Geng Shuang made the comments ...": the subject said what was attributed to an institution before.</summary>
    public bool ClaimsEarlierComments { get; init; }

    /// <summary>Where the subject starts in the sentence, when the sentence opens with text before it (Chinese one-line pages).</summary>
    public int SubjectStart { get; init; }
}

/// <summary>
/// Finds who a sentence of a news report is attributed to: "&lt;Name&gt; said/stated/... (that)", "..., &lt;Name&gt; said at a
/// regular press conference", "..." said &lt;Name&gt;, "according to &lt;source&gt;", pronouns and descriptions, and the Chinese
/// "&lt;主语&gt;表示/指出/强调/说". Names are resolved through the spokesperson and outlet directories.
/// </summary>
internal sealed partial class AttributionFinder(BriefingDirectories directories, string language, DateOnly? reportDate)
{
    private const string Verbs = @"said|says|say|stated|states|told|tells|remarked|remarks|added|adds|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|described|describes|highlighted|highlights|pointed\s+out|points\s+out|mentioned|mentions|concluded|criticized|criticised|urged|urges|warned|warns|reiterated|reiterates|insisted|explained|explains|announced|announces|declared|asserted|argued|commented|responded|replied|denied|denies|confirmed|confirms|expressed|accused|maintained|underlined|underscored|affirmed|reaffirmed|called\s+on|called\s+for|rejected|refuted|claimed|vowed|pledged|condemned|dismissed|revealed|disclosed|acknowledged|admitted|answered|elaborated|observed|suggested|clarified|slammed|hit\s+back|lashed\s+out|spoke|declined\s+to\s+(?:say|comment|confirm|elaborate)";

    [GeneratedRegex(@"^(?<subj>[^,;:""“”]{1,120}?)\s+(?:(?:has|had|have|also|further|then|again|later|firmly|strongly|repeatedly|previously|earlier|once\s+again)\s+)*(?<verb>" + Verbs + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingSubject();

    // ", Guo Jiakun said at ...", "The minister, Asha Verma, said ..." (an apposition closes with a comma before the verb).
    [GeneratedRegex(@"[,""”’]\s*(?<subj>[^,;:""“”]{1,150}?)\s*,?\s+(?:(?:has|had|also|further|then|again|later)\s+)*(?<verb>" + Verbs + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingSubject();

    // '..." said Wang Wenbin, ...': the subject after the verb is a name, so it starts with a capital.
    [GeneratedRegex(@"[,""”’]\s*(?<verb>said|says|added|adds|noted|stated|continued|explained|remarked)\s+(?<subj>\p{Lu}[^,.;""“”]{1,100})", RegexOptions.CultureInvariant)]
    private static partial Regex InvertedSubject();

    [GeneratedRegex(@"(?:^|[,;]\s*)according\s+to\s+(?<src>[^,.;""“”]{2,120})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"^(?<subj>.{2,120}?)\s+made\s+(?:the|these|those|his|her|such)\s+(?:comments?|remarks?|statements?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MadeTheComments();

    [GeneratedRegex(@"(?<verb>表示|指出|强调|介绍|回应|重申|宣布|透露|证实|批评|呼吁|敦促|谴责|答问时说|回答说|说|称)(?<punct>[,，:：])?", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseVerb();

    // "据路透社报道，": the carrier of what follows.
    [GeneratedRegex(@"据(?<src>[^，,。；;：:]{2,20}?)(?:报道|消息|援引|称)", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseAccordingTo();

    // Time words between a Chinese subject and its verb: "外交部18日表示", "发言人当天说".
    [GeneratedRegex(@"(?:\d{1,2}月)?\d{1,2}日$|(?:当天|今天|昨天|日前|近日|此前|当日|随后)$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseTimeSuffix();

    private static readonly FrozenSet<string> Pronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "he", "she", "they", "他", "她", "他们", "她们");

    private static readonly FrozenSet<string> Descriptions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the spokesperson", "the spokesman", "the spokeswoman", "the diplomat", "the official", "the minister", "the envoy",
        "the foreign ministry spokesperson", "the ministry spokesperson", "the ministry's spokesperson", "the chinese spokesperson",
        "the chinese diplomat", "the chinese official", "发言人", "这位发言人", "该发言人");

    private static readonly string[] DocumentWords = ["website", "information", "report", "reports", "data", "statistics", "survey", "study", "document", "documents", "figures", "sources", "records", "media", "reporting", "analysis", "poll"];

    private static readonly string[] InstitutionWords = ["Ministry", "ministry", "Government", "government", "Embassy", "embassy", "Consulate", "Council", "Commission", "Office", "Department", "Administration", "Bureau", "White House", "Pentagon", "Kremlin", "Parliament", "Congress", "side", "authorities", "Authorities", "Mission", "Secretariat", "Cabinet", "Army", "Navy", "Command"];

    private static readonly FrozenSet<string> Places = FrozenSet.Create(StringComparer.Ordinal,
        "China", "Beijing", "Washington", "Moscow", "Tokyo", "Seoul", "London", "Paris", "Berlin", "Brussels", "New Delhi", "Islamabad", "Taipei",
        "the United States", "The United States", "the US", "The US", "the U.S.", "The U.S.", "Japan", "Russia", "India", "Pakistan", "the Philippines", "The Philippines", "Canberra", "Ottawa", "Manila",
        "中方", "中国", "北京", "美方", "日方");

    private static readonly FrozenSet<string> RoleWords = FrozenSet.Create(StringComparer.Ordinal,
        "Secretary", "Minister", "Foreign", "Commerce", "Defense", "Defence", "President", "Vice", "Premier", "Prime", "Spokesperson", "Spokesman",
        "Spokeswoman", "Ambassador", "Chairman", "Chairwoman", "Director", "General", "Director-General", "Deputy", "Senator", "Senior", "U.S.", "US",
        "UK", "Chinese", "American", "Japanese", "Russian", "State", "Ministry", "Mr.", "Ms.", "Mrs.", "Dr.", "Mr", "Ms", "Official", "Envoy",
        "Special", "Representative", "Counselor", "Councilor", "Assistant", "Under", "Acting", "Former", "Chief", "Executive", "Governor",
        "Mayor", "Professor", "Analyst", "Researcher", "Expert", "Lawmaker", "Congressman", "Congresswoman", "Affairs", "Trade", "Treasury",
        "of", "the", "The", "for", "and", "Department", "Spokespersons", "Fellow", "Party", "Communist", "Central", "Committee", "Member",
        "Political", "Bureau", "Politburo", "Councillor", "Chancellor", "King", "Queen", "Crown", "Prince", "Sheikh", "Foreign-Ministry");

    // People named so far in the report, so that "Zhang said" after "spokesperson Zhang Xiaoming" is the same person.
    private readonly List<Speaker> _named = [];

    private Attribution Remember(Attribution a)
    {
        if (a is { Kind: SubjectKind.Person, Speaker: { } speaker } && speaker.Name.Contains(' ', StringComparison.Ordinal) && !_named.Any(n => n.Name == speaker.Name))
            _named.Add(speaker);
        return a;
    }

    /// <summary>Whether the text is mostly Chinese, in which case names come out in Chinese.</summary>
    private bool Chinese => language == "zh";

    /// <summary>Finds the attribution of one sentence, or <see langword="null"/>.</summary>
    public Attribution? Find(string sentence)
    {
        if (Chinese || sentence.AsSpan().ContainsAnyInRange('\u4E00', '\u9FFF')) return FindChinese(sentence);

        if (MadeTheComments().Match(sentence) is { Success: true } made && Resolve(made.Groups["subj"].Value) is { Kind: SubjectKind.Person } maker)
            return maker with { ClaimsEarlierComments = true };

        Attribution? via = null;
        Attribution? source = null;
        foreach (Match m in AccordingTo().Matches(sentence))
        {
            var src = Resolve(m.Groups["src"].Value);
            if (src is null) continue;
            if (src.Kind == SubjectKind.Carrier) via = src;
            else source = src;
        }
        if (source is { Kind: SubjectKind.Person or SubjectKind.Institution }) return source with { Via = via?.Via };

        Attribution? leading = null;
        if (LeadingSubject().Match(sentence) is { Success: true } lead && Resolve(lead.Groups["subj"].Value) is { } l
            && l.Kind is not SubjectKind.Document and not SubjectKind.Carrier)
        {
            leading = l with { Via = via?.Via };
            // "China urged restraint, spokesperson Zhang San told a press conference": the person who spoke wins over
            // the country or ministry the sentence opens with.
            if (leading.Kind != SubjectKind.Institution) return Remember(leading);
        }

        var trailing = TrailingSubject().Matches(sentence);
        for (int i = trailing.Count - 1; i >= 0; i--)
        {
            if (Resolve(trailing[i].Groups["subj"].Value) is { Kind: not SubjectKind.Document and not SubjectKind.Carrier } t && (leading is null || t.Kind == SubjectKind.Person))
                return Remember(t with { Via = via?.Via });
        }
        foreach (Match m in InvertedSubject().Matches(sentence))
        {
            if (Resolve(m.Groups["subj"].Value) is { Kind: not SubjectKind.Document and not SubjectKind.Carrier } inv && (leading is null || inv.Kind == SubjectKind.Person))
                return Remember(inv with { Via = via?.Via });
        }
        if (leading is not null) return leading;
        if (source is { Kind: SubjectKind.Document }) return source;
        return via;
    }

    private Attribution? FindChinese(string sentence)
    {
        foreach (Match m in ChineseVerb().Matches(sentence))
        {
            string verb = m.Groups["verb"].Value;
            // "说" and "称" are parts of many words; without punctuation after them they are not attributions.
            if (verb is "说" or "称" && !m.Groups["punct"].Success) continue;
            int end = m.Index;
            int start = end;
            while (start > 0 && end - start < 30 && !IsChineseBoundary(sentence[start - 1])) start--;
            var subject = sentence[start..end];
            // "中国外交部发言人汪文斌在例行记者会上说": the subject stops at "在" (at/during); "外交部18日表示": time words go.
            int at = subject.IndexOf('在', StringComparison.Ordinal);
            if (at > 0) subject = subject[..at];
            subject = ChineseTimeSuffix().Replace(subject.Trim(), "").Trim();
            if (subject.Length == 0) continue;
            if (Resolve(subject) is { Kind: not SubjectKind.Document and not SubjectKind.Carrier } a)
            {
                Outlet? via = null;
                if (ChineseAccordingTo().Match(sentence, 0, end) is { Success: true } carrier)
                    via = directories.Outlets.FindByLabel(carrier.Groups["src"].Value.Trim())?.ToOutlet();
                return a with { SubjectStart = start, Via = via };
            }
        }
        return null;
    }

    private static bool IsChineseBoundary(char c) =>
        CharClass.IsSpace(c) || c is '，' or ',' or '。' or '；' or ';' or '：' or ':' or '“' or '”' or '"' or '（' or '(' or '）' or ')' or '、' or '！' or '？';

    /// <summary>Resolves a subject phrase to what it names.</summary>
    public Attribution? Resolve(string raw)
    {
        string subject = raw.Trim().TrimEnd('.', ',');
        if (subject.Length == 0 || subject.Length > 150) return null;
        if (Pronouns.Contains(subject)) return new Attribution(SubjectKind.Pronoun, subject, null);
        if (Descriptions.Contains(subject)) return new Attribution(SubjectKind.Description, subject, null);

        // A spokesperson by full name (English or Chinese) anywhere in the phrase.
        if (FindSpokesperson(subject) is { } entry)
            return new Attribution(SubjectKind.Person, subject, ToSpeaker(entry));
        // "a foreign ministry spokesman", "the Chinese diplomat": a description without a name.
        if (IsUnnamedRole(subject)) return new Attribution(SubjectKind.Description, subject, null);
        if (directories.Outlets.FindByLabel(StripArticle(subject)) is { } outlet)
            return new Attribution(SubjectKind.Carrier, subject, null) { Via = outlet.ToOutlet() };

        // "the official website of Chinese Foreign Ministry", "public information": what is cited is a document, not a speaker.
        int of = subject.IndexOf(" of ", StringComparison.Ordinal);
        string head = of > 0 ? subject[..of] : subject;
        if (ContainsWord(head, DocumentWords) && (of > 0 || !ContainsWord(subject, InstitutionWords))) return new Attribution(SubjectKind.Document, subject, null);
        // "foreign ministry spokesperson Zhang Xiaoming", "U.S. Commerce Secretary Gina Raimondo": a role, then a name —
        // the person speaks, not the ministry the role belongs to.
        if (!Chinese && TrailingName(subject) is { Count: >= 2 } named && named.Count < subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length)
            return PersonNamed(subject, named);
        // "local officials", "Chinese experts", "有关国家商务部官员": an unnamed group speaks for itself.
        if (IsGroup(subject)) return new Attribution(SubjectKind.Institution, subject, new Speaker(InstitutionName(subject)) { Kind = SpeakerKind.Institution });
        if (Places.Contains(subject) || Places.Contains(StripArticle(subject)) || ContainsWord(subject, InstitutionWords) || IsChineseInstitution(subject))
            return new Attribution(SubjectKind.Institution, subject, new Speaker(InstitutionName(subject)) { Kind = SpeakerKind.Institution });

        // Another person: the last capitalised words once titles are set aside ("U.S. Commerce Secretary Gina Raimondo").
        if (Chinese) return null;
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (TrailingName(subject) is not { Count: > 0 } name) return null;
        // "Zhang": a person named earlier in the report, last first.
        if (name.Count == 1)
        {
            for (int i = _named.Count - 1; i >= 0; i--)
            {
                if (_named[i].Name.Split(' ').Contains(name[0], StringComparer.Ordinal)) return new Attribution(SubjectKind.Person, subject, _named[i]);
            }
        }
        // "Guo", "Mao": a spokesperson's surname, when the report's date falls in (or near) their term; a report of 2024
        // saying "Zhang said" is not about a spokesperson of 2004.
        if (name.Count == 1 && directories.Spokespersons.FindBySurname(name[0], reportDate) is { } bySurname
            && (reportDate is not { } on || (bySurname with { From = bySurname.From?.AddYears(-1), To = bySurname.To?.AddYears(1) }).InOfficeOn(on)))
            return new Attribution(SubjectKind.Person, subject, ToSpeaker(bySurname));
        if (name.Count == 1 && words.Length > 1) return null;
        return PersonNamed(subject, name);
    }

    /// <summary>The capitalised words that end a subject once titles are set aside (at most three), or <see langword="null"/>.</summary>
    private static List<string>? TrailingName(string subject)
    {
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 8) return null;
        var name = new List<string>();
        for (int i = words.Length - 1; i >= 0 && name.Count < 3; i--)
        {
            var w = words[i].TrimEnd(',', '\'', '’').Replace("'s", "", StringComparison.Ordinal);
            if (w.Length < 2 || !char.IsUpper(w[0]) || RoleWords.Contains(w)) break;
            name.Insert(0, w);
        }
        return name;
    }

    /// <summary>A person the directory does not know; "Foreign Ministry spokesperson Zhang San" is still a spokesperson.</summary>
    private static Attribution PersonNamed(string subject, List<string> name)
    {
        bool spokesperson = subject.Contains("spokes", StringComparison.OrdinalIgnoreCase);
        return new Attribution(SubjectKind.Person, subject, new Speaker(string.Join(' ', name)) { Role = spokesperson ? "spokesperson" : null });
    }

    private SpokespersonEntry? FindSpokesperson(string subject)
    {
        foreach (var e in directories.Spokespersons.Entries)
        {
            if (subject.Contains(e.Name, StringComparison.Ordinal) || (e.NameZh is { } zh && subject.Contains(zh, StringComparison.Ordinal))) return e;
        }
        return null;
    }

    /// <summary>A spokesperson as a speaker, named in the language of the document.</summary>
    public Speaker ToSpeaker(SpokespersonEntry entry) => entry.ToSpeaker(language);

    private static readonly string[] GroupNouns = ["officials", "diplomats", "analysts", "experts", "lawmakers", "observers", "scholars", "residents", "authorities", "investigators", "negotiators"];

    private static bool IsGroup(string subject)
    {
        if (subject.Length <= 20 && (subject.EndsWith("官员", StringComparison.Ordinal) || subject.EndsWith("人士", StringComparison.Ordinal)
            || subject.EndsWith("专家", StringComparison.Ordinal) || subject.EndsWith("学者", StringComparison.Ordinal))) return true;
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && GroupNouns.Contains(words[^1].ToLowerInvariant())
            && words.Take(words.Length - 1).All(w => w.Length > 0 && (char.IsLower(w[0]) || w is "Chinese" or "US" or "U.S." or "Western" or "European"));
    }

    private static readonly string[] RoleNouns = ["spokesperson", "spokesman", "spokeswoman", "diplomat", "official", "officials", "envoy"];

    private static bool IsUnnamedRole(string subject)
    {
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 1 and <= 6 && words[0] is "a" or "A" or "an" or "An" or "the" or "The" or "another" or "Another"
            && RoleNouns.Contains(words[^1].ToLowerInvariant()) && words.Skip(1).Take(words.Length - 2).All(w => !char.IsUpper(w[0]) || RoleWords.Contains(w) || w is "Chinese" or "Foreign" or "Ministry");
    }

    private static bool IsChineseInstitution(string subject) =>
        subject.Length <= 20 && (subject.EndsWith('部') || subject.EndsWith('方') || subject.EndsWith("政府", StringComparison.Ordinal)
            || subject.EndsWith("公司", StringComparison.Ordinal) || subject.EndsWith("集团", StringComparison.Ordinal) || subject.EndsWith("机构", StringComparison.Ordinal)
            || subject.EndsWith("协会", StringComparison.Ordinal) || subject.EndsWith("大学", StringComparison.Ordinal) || subject.EndsWith("银行", StringComparison.Ordinal)
            || subject.EndsWith("使馆", StringComparison.Ordinal) || subject.EndsWith("委员会", StringComparison.Ordinal) || subject.EndsWith("办公室", StringComparison.Ordinal));

    private static string InstitutionName(string subject)
    {
        var s = StripArticle(subject);
        return s.Length > 0 && char.IsLower(s[0]) ? char.ToUpperInvariant(s[0]) + s[1..] : s;
    }

    private static string StripArticle(string s) =>
        s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s[4..].Trim() : s;

    private static bool ContainsWord(string subject, string[] words)
    {
        foreach (var w in words)
        {
            int i = subject.IndexOf(w, StringComparison.Ordinal);
            while (i >= 0)
            {
                bool startOk = i == 0 || !char.IsLetter(subject[i - 1]);
                bool endOk = i + w.Length == subject.Length || !char.IsLetter(subject[i + w.Length]);
                if (startOk && endOk) return true;
                i = subject.IndexOf(w, i + 1, StringComparison.Ordinal);
            }
        }
        return false;
    }
}
