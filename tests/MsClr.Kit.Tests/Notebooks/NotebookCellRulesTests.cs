using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Tests.Architecture;

namespace MsClr.Kit.Tests.Notebooks;

/// <summary>
/// The notebooks teach with the kit's own API: no code cell after the setup cell is a single call into a type that
/// exists only for notebooks, and the notebook-only layer (<c>src/MsClr.Kit/Teaching</c>) is gone. A type "exists only
/// for notebooks" when it lives in a Teaching namespace, or when nothing in the kit, the CLI or the notebook runner
/// refers to it and it is not one of the output builders (Reporting frames, Plots charts) that the report and the CLI
/// share with the notebooks.
/// </summary>
public sealed class NotebookCellRulesTests
{
    private static readonly Assembly Kit = typeof(SkeletonFormat).Assembly;

    [Fact]
    public void TeachingFolder_DoesNotExist() =>
        Assert.False(Directory.Exists(Path.Combine(KitEnvironment.RepositoryRoot, "src", "MsClr.Kit", "Teaching")), "src/MsClr.Kit/Teaching must stay deleted");

    [Theory]
    [MemberData(nameof(NotebookSmokeTests.Names), MemberType = typeof(NotebookSmokeTests))]
    public void CodeCells_AfterTheSetupCell_AreNoSingleCallIntoANotebookOnlyType(string name)
    {
        var notebookOnly = NotebookOnlyTypes();
        var offending = CodeCells(name).Skip(1)
            .Select(code => (Code: code, Target: SingleCallTarget(code)))
            .Where(c => c.Target is { } target && notebookOnly.Contains(target))
            .Select(c => $"{c.Target}: {c.Code}")
            .ToList();

        Assert.True(offending.Count == 0, $"{name}: cells that are one call into a notebook-only type:\n{string.Join("\n", offending)}");
    }

    /// <summary>DESIGN §4: after the setup cell, code cells are 2–6 lines (blank lines not counted). A one-line cell that
    /// only shows an object built earlier belongs in the cell that builds it; a longer one is two steps.</summary>
    [Theory]
    [MemberData(nameof(NotebookSmokeTests.Names), MemberType = typeof(NotebookSmokeTests))]
    public void CodeCells_AfterTheSetupCell_AreTwoToSixLines(string name)
    {
        var offending = CodeCells(name).Skip(1)
            .Where(code => LineCount(code) is < MinLines or > MaxLines)
            .Select(code => $"{LineCount(code)} lines: {code}")
            .ToList();

        Assert.True(offending.Count == 0, $"{name}: code cells outside {MinLines}–{MaxLines} lines:\n{string.Join("\n---\n", offending)}");
    }

    [Fact]
    public void LineCount_BlankLinesAndTrailingNewline_AreNotCounted() =>
        Assert.Equal(2, LineCount("var a = 1;\n\n  \na\n"));

    private const int MinLines = 2;
    private const int MaxLines = 6;

    private static int LineCount(string code) => code.Split('\n').Count(line => !string.IsNullOrWhiteSpace(line));

    /// <summary>The .NET Interactive kernel gives a cell an execute_result only when it ends with an expression (no
    /// semicolon); the Jupyter pass expects one per cell, and a cell should show what it did.</summary>
    [Theory]
    [MemberData(nameof(NotebookSmokeTests.Names), MemberType = typeof(NotebookSmokeTests))]
    public void CodeCells_Every_EndsWithTheValueItShows(string name)
    {
        var silent = CodeCells(name).Where(code => !EndsWithValue(code)).ToList();

        Assert.True(silent.Count == 0, $"{name}: cells that end with a statement, not a value:\n{string.Join("\n---\n", silent)}");
    }

    [Fact]
    public void EndsWithValue_StatementsAndExpressions_AreToldApart()
    {
        Assert.True(EndsWithValue("var a = 1;\nnew { a }"));
        Assert.True(EndsWithValue("budget"));
        Assert.False(EndsWithValue("var a = 1;\nMomentumUpdate.Freeze(key);"));
        Assert.False(EndsWithValue("foreach (var t in ts) Record(t);"));
    }

    [Fact]
    public void SingleCallTarget_FacadeCellsAndRealCells_AreToldApart()
    {
        Assert.Equal("PaperTour", SingleCallTarget("PaperTour.Run(budget)"));
        Assert.Equal("PaperTour", SingleCallTarget("var view = PaperTour.Comparison(budget);\nview"));
        Assert.Equal("Tours", SingleCallTarget("MsClr.Kit.Tours.Run(budget)"));
        Assert.Null(SingleCallTarget("var specs = ReproducePlan.Specs(budget);\nExperimentFrames.Specs(specs)"));
        Assert.Null(SingleCallTarget("budget"));
        Assert.Contains("FormatCountTour", NotebookOnlyTypes(["MsClr.Kit.Experiments.FormatCountTour"], []));
        Assert.Contains("SetupTour", NotebookOnlyTypes(["MsClr.Kit.Teaching.SetupTour", "MsClr.Kit.Experiments.ExperimentRunner"], ["MsClr.Kit.Teaching.SetupTour"]));
        Assert.DoesNotContain("ExperimentRunner", NotebookOnlyTypes(["MsClr.Kit.Experiments.ExperimentRunner"], ["MsClr.Kit.Experiments.ExperimentRunner"]));
        Assert.DoesNotContain("ConfusionMatrixChart", NotebookOnlyTypes(["MsClr.Kit.Plots.ConfusionMatrixChart"], []));
    }

    /// <summary>The type a cell calls when, apart from a last line that only shows a local, it is one invocation
    /// <c>Type.Member(…)</c> (possibly assigned to a local); null otherwise.</summary>
    private static string? SingleCallTarget(string code)
    {
        // A cell's last expression has no semicolon (it is what the cell shows); with one it parses as a statement.
        var text = code.TrimEnd();
        text = text.EndsWith(';') || text.EndsWith('}') ? text : text + ";";
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(kind: SourceCodeKind.Script)).GetRoot();
        // In a script a top-level `var x = …;` is a field, anything else a global statement.
        var members = root.Members.ToList();
        if (members.Count > 1 && members[^1] is GlobalStatementSyntax { Statement: ExpressionStatementSyntax { Expression: IdentifierNameSyntax } })
        {
            members.RemoveAt(members.Count - 1);
        }

        var expression = members switch
        {
            [GlobalStatementSyntax { Statement: ExpressionStatementSyntax e }] => e.Expression,
            [GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax { Declaration.Variables: [{ Initializer: { } local }] } }] => local.Value,
            [FieldDeclarationSyntax { Declaration.Variables: [{ Initializer: { } field }] }] => field.Value,
            _ => null,
        };
        return expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member }
            ? member.Expression switch
            {
                SimpleNameSyntax type => type.Identifier.Text,
                MemberAccessExpressionSyntax qualified => qualified.Name.Identifier.Text,
                _ => null,
            }
            : null;
    }

    private static bool EndsWithValue(string code)
    {
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(code.TrimEnd(), new CSharpParseOptions(kind: SourceCodeKind.Script)).GetRoot();
        return root.Members.LastOrDefault() is GlobalStatementSyntax { Statement: ExpressionStatementSyntax last } && last.SemicolonToken.IsMissing;
    }

    private static HashSet<string> NotebookOnlyTypes()
    {
        var kitTypes = Kit.GetExportedTypes().Select(t => t.FullName!).ToArray();
        var referenced = new[] { Kit.Location, Path.Combine(AppContext.BaseDirectory, "msclr.dll"), typeof(MsClr.Notebooks.Execution.NotebookRunner).Assembly.Location }
            .SelectMany(TypeReferenceGraph.Edges)
            .Where(e => e.From != e.To)
            .Select(e => e.To);
        return NotebookOnlyTypes(kitTypes, referenced);
    }

    private static HashSet<string> NotebookOnlyTypes(IEnumerable<string> kitTypes, IEnumerable<string> referenced)
    {
        var used = referenced.ToHashSet(StringComparer.Ordinal);
        static bool Output(string type) => type.StartsWith("MsClr.Kit.Plots.", StringComparison.Ordinal) || type.StartsWith("MsClr.Kit.Reporting.", StringComparison.Ordinal);
        return kitTypes
            .Where(t => t.Contains(".Teaching.", StringComparison.Ordinal) || (!used.Contains(t) && !Output(t)))
            .Select(t => t[(t.LastIndexOf('.') + 1)..])
            .ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> CodeCells(string name) =>
        JsonNode.Parse(File.ReadAllText(NotebookSmokeFixture.PathOf(name)))!["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "code")
            .Select(c => string.Concat(c!["source"]!.AsArray().Select(l => (string?)l)));
}
