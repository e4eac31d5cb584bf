extension BatchOutput {
    /// The outputs of `description`'s targets, one a file in target order: `PREFIX.zh` and `PREFIX.en`
    /// for Moses, a folder of bead files for beads; each with the header its format starts with.
    ///
    /// Two targets that are one file are refused (`usage`) before any is opened; each output checks
    /// `manifest` as `init(path:format:resume:header:footer:manifest:)` says.
    package static func open(_ description: OutputDescription, resume: Bool, manifest: Manifest? = nil)
        throws(BatchError) -> [BatchOutput]
    {
        do {
            var targets: [OutputTarget] = []
            for target in description.targets {
                for path in target.files {
                    targets.append(try OutputTarget(path, allowingDirectory: target.format == .beads))
                }
            }
            try OutputTarget.refuse(targets, sameAs: [])
        } catch {
            throw BatchError(
                error.kind == .conflictingOutput ? .usage : .output, file: error.file, message: error.message)
        }
        var outputs: [BatchOutput] = []
        for target in description.targets {
            for path in target.files {
                outputs.append(
                    try BatchOutput(
                        path: path, format: target.format, resume: resume, header: description.header(target.format),
                        footer: description.footer(target.format), manifest: manifest))
            }
        }
        return outputs
    }
}
