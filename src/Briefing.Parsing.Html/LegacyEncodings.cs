using System.Text;

namespace Briefing.Parsing.Html;

/// <summary>Makes the legacy code pages (GBK, GB18030, Big5, windows-125x ...) available to the decoder of saved pages.</summary>
internal static class LegacyEncodings
{
    private static readonly Lazy<bool> s_registered = new(() =>
    {
        // .NET ships these encodings but only exposes them through the provider; registering it is process-wide and
        // idempotent, and only adds encodings (it changes none of the built-in ones).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    public static void EnsureRegistered() => _ = s_registered.Value;
}
