/// One labelled message for training: the input, its true labels, how much it counts, and which
/// labels its source speaks for.
public struct TrainingExample: Sendable {
    /// The message and its context.
    public var input: ClassificationInput
    /// The true labels.
    public var labels: Set<String>
    /// How much the example counts in the loss.
    public var weight: Double
    /// The labels this example's source was labelled for; others are left out for it
    /// (the Reddit set knows only the codebook's six).
    public var labelledFor: Set<String>

    /// Creates an example.
    public init(input: ClassificationInput, labels: Set<String>, weight: Double, labelledFor: Set<String>) {
        self.input = input
        self.labels = labels
        self.weight = weight
        self.labelledFor = labelledFor
    }
}
