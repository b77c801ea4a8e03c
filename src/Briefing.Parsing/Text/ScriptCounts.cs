namespace Briefing.Parsing;

/// <summary>How many Chinese characters and ASCII letters the detection window holds (counted once per detection).</summary>
/// <param name="Cjk">Chinese characters.</param>
/// <param name="Latin">ASCII letters.</param>
internal sealed record ScriptCounts(int Cjk, int Latin)
{
    /// <summary>Whether Chinese characters are more than a third of the letters.</summary>
    public bool MostlyChinese => Cjk > (Cjk + Latin) / 3;

    public static ScriptCounts Of(DetectionContext context) =>
        context.GetOrAdd(typeof(ScriptCounts), static c =>
        {
            int cjk = 0, latin = 0;
            foreach (char ch in c.Window)
            {
                if (CharClass.IsCjk(ch)) cjk++;
                else if (char.IsAsciiLetter(ch)) latin++;
            }
            return new ScriptCounts(cjk, latin);
        });
}
