using System.Text;
using Briefing.Parsing.Cli;

namespace Briefing.Parsing.Tests.Cli;

public sealed class DocumentReaderTests
{
    [Fact]
    public void Utf16Units_counts_what_the_bytes_decode_to_however_they_are_split()
    {
        // ASCII, 2-, 3- and 4-byte sequences at lengths around the vector width; the count over any split of the bytes
        // (reading stops mid-sequence at chunk ends) adds up to the count over the whole.
        string[] alphabet = ["a", "Z", " ", "\n", "é", "Ł", "—", "中", "國", "“", "\U0001F600", "\U00020000"];
        var random = new Random(20261203);
        for (int length = 0; length <= 60; length++)
        {
            for (int round = 0; round < 10; round++)
            {
                var text = new StringBuilder();
                for (int i = 0; i < length; i++) text.Append(alphabet[random.Next(alphabet.Length)]);
                byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
                Assert.Equal(text.Length, DocumentReader.Utf16Units(bytes));
                int split = random.Next(bytes.Length + 1);
                Assert.Equal(text.Length, DocumentReader.Utf16Units(bytes.AsSpan(0, split)) + DocumentReader.Utf16Units(bytes.AsSpan(split)));
            }
        }
    }
}
