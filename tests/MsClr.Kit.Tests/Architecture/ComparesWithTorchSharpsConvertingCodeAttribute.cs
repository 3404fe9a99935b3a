namespace MsClr.Kit.Tests.Architecture;

/// <summary>
/// A test that runs TorchSharp's number-converting code on purpose, as the oracle the kit is compared with (optim.SGD,
/// nn.BatchNorm, the implicit conversion itself): <see cref="ScalarLifetimeTests"/> lets the conversions in it and its
/// lambdas pass. Only such a test may carry it; everything else passes <c>HeldScalars.Of(…)</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ComparesWithTorchSharpsConvertingCodeAttribute : Attribute
{
}
