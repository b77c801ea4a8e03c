using System.Buffers;
using System.Text;
using System.Text.Json.Serialization.Metadata;

namespace Briefing.Parsing.Tests.Cli;

/// <summary>docs/json-contract.md names every property the serializer writes; the UTF-8 writer APIs write what the string API does.</summary>
public sealed class JsonContractDocTests
{
    [Fact]
    public void The_contract_document_names_every_serialised_property()
    {
        string doc = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "docs", "json-contract.md"));
        var missing = new List<string>();
        var seen = new HashSet<Type>();
        void Visit(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type)) return;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>))
            {
                Visit(type.GetGenericArguments()[0]);
                return;
            }
            var info = BriefingJson.TypeInfo.Options.GetTypeInfo(type);
            if (info.Kind != JsonTypeInfoKind.Object) return;
            foreach (var property in info.Properties)
            {
                if (property.Get is null) continue; // [JsonIgnore]d: never written
                if (!doc.Contains($"`{property.Name}`", StringComparison.Ordinal)) missing.Add($"{type.Name}.{property.Name}");
                Visit(property.PropertyType);
            }
        }

        Visit(typeof(PressBriefing));

        Assert.True(seen.Count > 10, "the walk should reach the model's element types");
        Assert.True(missing.Count == 0, "docs/json-contract.md does not name: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_buffer_writer_overload_writes_exactly_what_the_string_overload_returns(bool indented)
    {
        foreach (var document in TestFiles.AllDocuments().Take(6))
        {
            var briefing = TestFiles.Parse(document);
            var buffer = new ArrayBufferWriter<byte>();

            BriefingJson.Serialize(buffer, briefing, indented);

            Assert.Equal(BriefingJson.Serialize(briefing, indented), Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
    }

    [Fact]
    public void The_utf8_writer_overload_uses_the_writer_options()
    {
        var briefing = TestFiles.Parse(TestFiles.TranscriptSeed);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, BriefingJson.GetWriterOptions(indented: false)))
            BriefingJson.Serialize(writer, briefing);

        string json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        Assert.Equal(BriefingJson.Serialize(briefing, indented: false), json);
        Assert.Contains("毛宁", json, StringComparison.Ordinal);
    }
}
