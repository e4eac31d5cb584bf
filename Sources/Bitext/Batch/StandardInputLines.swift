/// The non-blank lines of standard input with their 1-based numbers, read as they are needed.
package struct StandardInputLines: Sequence, IteratorProtocol {
    private var number = 0

    package init() {}

    package mutating func next() -> (number: Int, text: String)? {
        while let line = readLine(strippingNewline: true) {
            number += 1
            if !line.allSatisfy(\.isWhitespace) { return (number, line) }
        }
        return nil
    }
}
