namespace MsClr.Kit.Experiments;

/// <summary>How a pretrained encoder is evaluated (<c>msclr evaluate --protocol</c>).</summary>
public enum EvaluationProtocol
{
    /// <summary>Linear evaluation: frozen encoder, a linear classifier per format trained on every training label (the paper's protocol).</summary>
    Linear,

    /// <summary>k-nearest neighbours on frozen features, cosine similarity, k = 1 and k = 20 (<see cref="Evaluation.KnnClassifier"/>); nothing is trained.</summary>
    Knn,

    /// <summary>Semi-supervised: fine-tuned end to end on a class-balanced 1 % of the training labels (<see cref="FineTuningEvaluation"/>).</summary>
    Semi1,

    /// <summary>Semi-supervised: fine-tuned end to end on a class-balanced 10 % of the training labels.</summary>
    Semi10,

    /// <summary>Full fine-tuning: the pretrained encoder and a new linear classifier trained end to end on every training
    /// label (<see cref="FineTuningEvaluation"/>: the semi-supervised path with all labels).</summary>
    FineTune,

    /// <summary>The subject probe: frozen encoder, a linear classifier that names the performer of the training clips, trained
    /// and tested on seeded per-subject halves (<see cref="AttributeProbeEvaluation"/>); what the features keep of who acts.</summary>
    Subject,

    /// <summary>The view probe: as <see cref="Subject"/>, naming the camera view instead (<see cref="ProbedAttribute.View"/>);
    /// what the features keep of where the camera stands.</summary>
    View,

    /// <summary>Linear evaluation on recalibrated BatchNorm statistics: the linear protocol after the frozen encoder's
    /// BatchNorm running statistics are re-estimated on the clean training clips, weights unchanged
    /// (<see cref="CalibratedLinearEvaluation"/>); how much of the linear result is the statistics pretraining left.</summary>
    LinearCalibrated,
}
