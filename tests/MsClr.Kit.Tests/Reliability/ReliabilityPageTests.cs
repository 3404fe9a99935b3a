using System.Reflection;

namespace MsClr.Kit.Tests.Reliability;

/// <summary>The reliability table of docs/reliability.md is generated from <see cref="ReliabilityCatalogue"/>, and every row names a real test.</summary>
public sealed class ReliabilityPageTests
{
    private const string Start = "<!-- reliability:start -->";
    private const string End = "<!-- reliability:end -->";
    private const string UpdateVariable = "MSCLR_UPDATE_DOCS";

    [Fact]
    public void ReliabilityPage_Block_IsTheGeneratedTable()
    {
        var readme = Path.Combine(RepositoryRoot(), "docs", "reliability.md");
        var text = File.ReadAllText(readme).ReplaceLineEndings("\n");
        var (start, end) = (text.IndexOf(Start, StringComparison.Ordinal), text.IndexOf(End, StringComparison.Ordinal));
        Assert.True(start >= 0 && end > start, $"{readme}: no '{Start}' … '{End}' block");
        var generated = $"{Start}\n{ReliabilityCatalogue.Markdown()}\n{End}";
        var current = text[start..(end + End.Length)];
        if (current != generated && Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(readme, text[..start] + generated + text[(end + End.Length)..]);
            return;
        }

        Assert.True(current == generated,
            $"{readme}: the reliability block differs from ReliabilityCatalogue.cs. Regenerate it with " +
            $"`{UpdateVariable}=1 dotnet test tests/MsClr.Kit.Tests --filter FullyQualifiedName~ReliabilityPageTests`.");
    }

    [Fact]
    public void Catalogue_EveryRow_NamesAnExistingTestMethod()
    {
        var tests = typeof(ReliabilityPageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods().Where(m => m.GetCustomAttributes<FactAttribute>().Any()).Select(m => $"{t.Name}.{m.Name}"))
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(ReliabilityCatalogue.Cases, c => Assert.True(tests.Contains(c.Test), $"catalogue row '{c.Tried}' names {c.Test}, which is not a test method"));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MsClr.Kit.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no MsClr.Kit.sln above {AppContext.BaseDirectory}");
    }
}
