extension BatchOutput {
    /// The outputs of `description`'s targets, one a file in target order: `PREFIX.zh` and `PREFIX.en`
    /// for Moses, a folder of bead files for beads; each with the header its format starts with.
    package static func open(_ description: OutputDescription, resume: Bool) throws(BatchError) -> [BatchOutput] {
        var outputs: [BatchOutput] = []
        for target in description.targets {
            let paths = target.format == .moses ? [target.path + ".zh", target.path + ".en"] : [target.path]
            for path in paths {
                outputs.append(
                    try BatchOutput(
                        path: path, format: target.format, resume: resume, header: description.header(target.format),
                        footer: description.footer(target.format)))
            }
        }
        return outputs
    }
}
