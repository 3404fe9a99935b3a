using MsClr.Kit.Data.Synthetic;

namespace MsClr.Kit.Tests.Data.Synthetic;

public class SyntheticActionsTests
{
    [Fact]
    public void All_Catalogue_HasAtLeast30ClassesOfAllThreeKinds()
    {
        Assert.True(SyntheticActions.Count >= 30, $"only {SyntheticActions.Count} classes");
        foreach (var kind in Enum.GetValues<SyntheticActionKind>())
        {
            Assert.True(SyntheticActions.OfKind(kind).Count >= 5, $"{kind}: {SyntheticActions.OfKind(kind).Count} classes");
        }
    }

    [Fact]
    public void All_Indices_AreLabelsAndNamesAreUnique()
    {
        Assert.Equal(Enumerable.Range(0, SyntheticActions.Count), SyntheticActions.All.Select(a => a.Index));
        Assert.Equal(SyntheticActions.Count, SyntheticActions.All.Select(a => a.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Persons_InteractionsOnly_AreTwo()
    {
        Assert.All(SyntheticActions.All, a => Assert.Equal(a.Kind == SyntheticActionKind.Interaction ? 2 : 1, a.Persons));
    }

    [Fact]
    public void Get_UnknownName_ListsTheNames()
    {
        Assert.Equal(SyntheticActions.Get("thumbs up"), SyntheticActions.Get("Thumbs Up"));
        var error = Assert.Throws<KeyNotFoundException>(() => SyntheticActions.Get("moonwalk"));
        Assert.Contains("hand shake", error.Message);
    }
}
