using System.Collections.Immutable;

namespace Briefing.Parsing.Transcripts;

/// <summary>
/// Pairs the two language versions of each element in an interleaved bilingual transcript (each turn printed in
/// Chinese and then in English): the first version keeps its place, the second becomes its <see cref="Translation"/>.
/// Two neighbours pair when their scripts differ and, for answers, when the same official speaks.
/// </summary>
internal static class BilingualPairs
{
    /// <summary>"zh" when Chinese characters dominate the text, else "en" (the library's one measure, <see cref="CharClass.ScriptOf"/>).</summary>
    public static string ScriptOf(string text) => CharClass.ScriptOf(text);

    public static ImmutableArray<Announcement> PairAnnouncements(ImmutableArray<Announcement> items)
    {
        var result = ImmutableArray.CreateBuilder<Announcement>(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            var a = items[i];
            if (i + 1 < items.Length && ScriptOf(a.Text) != ScriptOf(items[i + 1].Text))
            {
                var b = items[i + 1];
                result.Add(a with { Translation = new Translation(ScriptOf(b.Text), b.Text, b.Span) { Label = b.Label, LabelSpan = b.LabelSpan } });
                i++;
                continue;
            }
            result.Add(a);
        }
        return result.ToImmutable();
    }

    public static ImmutableArray<Exchange> PairExchanges(ImmutableArray<Exchange> exchanges)
    {
        var result = ImmutableArray.CreateBuilder<Exchange>(exchanges.Length);
        for (int i = 0; i < exchanges.Length; i++)
        {
            var ex = exchanges[i];
            // "澎湃新闻记者：…" then "The Paper: …": a question without an answer followed by its other version.
            if (ex.Question is { } q && ex.Answers.IsEmpty && i + 1 < exchanges.Length
                && exchanges[i + 1].Question is { } q2 && ScriptOf(q.Text) != ScriptOf(q2.Text))
            {
                var next = exchanges[i + 1];
                var question = q with { Translation = new Translation(ScriptOf(q2.Text), q2.Text, q2.Span) { Label = q2.Label, LabelSpan = q2.LabelSpan } };
                result.Add(new Exchange(question, PairAnswers(next.Answers), TextSpan.FromBounds(ex.Span.Start, next.Span.End)));
                i++;
                continue;
            }
            result.Add(ex with { Answers = PairAnswers(ex.Answers) });
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<Answer> PairAnswers(ImmutableArray<Answer> answers)
    {
        var result = ImmutableArray.CreateBuilder<Answer>(answers.Length);
        for (int i = 0; i < answers.Length; i++)
        {
            var a = answers[i];
            if (i + 1 < answers.Length && answers[i + 1] is var b && ScriptOf(a.Text) != ScriptOf(b.Text)
                && (b.Speaker is null || a.Speaker is null || a.Speaker.Name == b.Speaker.Name))
            {
                result.Add(a with { Translation = new Translation(ScriptOf(b.Text), b.Text, b.Span) { Label = b.Label, LabelSpan = b.LabelSpan } });
                i++;
                continue;
            }
            result.Add(a);
        }
        return result.ToImmutable();
    }
}
