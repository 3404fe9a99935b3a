using MsClr.Kit.Data;
using MsClr.Kit.Experiments;

namespace MsClr.Kit.Tests.Experiments;

public class ProbedAttributeTests
{
    [Fact]
    public void MetadataKey_ViewIsTheSyntheticViewAndNtusCamera_SubjectIsSubjectInBoth()
    {
        Assert.Equal("view", ProbedAttribute.View.MetadataKey(Benchmark.SyntheticCrossSubject));
        Assert.Equal("camera", ProbedAttribute.View.MetadataKey(Benchmark.Ntu60CrossSubject));
        Assert.Equal("subject", ProbedAttribute.Subject.MetadataKey(Benchmark.SyntheticCrossView));
        Assert.Equal("subject", ProbedAttribute.Subject.MetadataKey(Benchmark.Ntu120CrossSetup));
    }

    [Fact]
    public void Protocols_NameTheirAttributeAndItsFileAndMetric()
    {
        Assert.Equal(ProbedAttribute.View, EvaluationProtocols.Parse("view").Attribute());
        Assert.Equal(ProbedAttribute.Subject, EvaluationProtocols.Parse("subject").Attribute());
        Assert.Null(EvaluationProtocol.Linear.Attribute());
        Assert.Equal(("view.json", "view:top1"), (ProbedAttribute.View.FileName(), ProbedAttribute.View.Metric()));
        Assert.Equal(("subject.json", "subject:top1"), (ProbedAttribute.Subject.FileName(), ProbedAttribute.Subject.Metric()));
    }
}
