import Foundation

extension TMXReader {
    /// `data` with the general entities of its internal DTD subset expanded, or `data` itself when the
    /// subset declares none; throws for a reference to an external entity, which is never read.
    ///
    /// FoundationXML (libxml2 underneath) loses the first text of an internal entity's replacement and
    /// cuts the segment at an external one, so references are replaced here, as XML 1.0 says (character
    /// references in an entity's value at declaration, entities inside it on use), outside comments,
    /// CDATA and processing instructions. UTF-16 input comes back as UTF-8 without its XML declaration.
    static func expandingEntities(_ data: Data, file: String) throws(ExportError) -> Data {
        var bytes: [UInt8]
        var decoded = false
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else { return data }
            bytes = Array(text.utf8)
            decoded = true
        } else {
            // Most files declare no entity: no copy of them.
            guard data.range(of: Data("<!ENTITY".utf8)) != nil else { return data }
            bytes = [UInt8](data)
        }
        var scanner = EntityScanner(bytes: bytes, file: file, limit: max(bytes.count * 8, 1 << 24))
        guard let body = try scanner.readDeclarations(), !scanner.entities.isEmpty else { return data }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var start = 0
        if decoded, bytes.starts(with: Array("<?xml".utf8)), let end = scanner.find(Array("?>".utf8), from: 0) {
            // The declaration names UTF-16, which the bytes no longer are.
            start = end + 2
        }
        out += bytes[start..<body]
        try scanner.expandReferences(from: body, into: &out)
        return Data(out)
    }
}

/// The internal DTD subset's entity declarations, and their references in the document, over UTF-8 bytes.
private struct EntityScanner {
    let bytes: [UInt8]
    let file: String
    /// The most bytes an entity may expand to: beyond, nested definitions are taken for an entity bomb.
    let limit: Int
    /// Declared general entities: a replacement text, or the system id of an external one.
    var entities: [String: Entity] = [:]
    private var expanded: [String: [UInt8]] = [:]

    enum Entity {
        case replacement([UInt8])
        case external(String)
    }

    init(bytes: [UInt8], file: String, limit: Int) {
        self.bytes = bytes
        self.file = file
        self.limit = limit
    }

    /// Reads the document type's internal subset, if any; returns where the document after it starts,
    /// or nil when there is no internal subset.
    mutating func readDeclarations() throws(ExportError) -> Int? {
        var index = 0
        // The prolog: the XML declaration, comments, processing instructions, then `<!DOCTYPE`.
        while index < bytes.count {
            guard let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) else { return nil }
            if matches("<!DOCTYPE", at: open) {
                index = open + 9
                break
            }
            if matches("<?", at: open) {
                guard let end = find(Array("?>".utf8), from: open) else { return nil }
                index = end + 2
            } else if matches("<!--", at: open) {
                guard let end = find(Array("-->".utf8), from: open) else { return nil }
                index = end + 3
            } else {
                return nil
            }
        }
        // Up to `[`, outside quoted system and public ids.
        while index < bytes.count, bytes[index] != UInt8(ascii: "["), bytes[index] != UInt8(ascii: ">") {
            if bytes[index] == 0x22 || bytes[index] == 0x27 {
                guard let end = bytes[(index + 1)...].firstIndex(of: bytes[index]) else { return nil }
                index = end
            }
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return nil }
        index += 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "]") {
            if matches("<!--", at: index) {
                guard let end = find(Array("-->".utf8), from: index) else { return nil }
                index = end + 3
            } else if matches("<!ENTITY", at: index) {
                index = try declaration(at: index + 8)
            } else if bytes[index] == 0x22 || bytes[index] == 0x27 {
                guard let end = bytes[(index + 1)...].firstIndex(of: bytes[index]) else { return nil }
                index = end + 1
            } else {
                index += 1
            }
        }
        guard let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        return close + 1
    }

    /// Reads `<!ENTITY` from after its keyword; returns the index after its `>`.
    private mutating func declaration(at start: Int) throws(ExportError) -> Int {
        var index = skipSpace(start)
        let parameter = index < bytes.count && bytes[index] == UInt8(ascii: "%")
        if parameter { index = skipSpace(index + 1) }
        let nameStart = index
        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        index = skipSpace(index)
        var entity: Entity?
        if index < bytes.count, bytes[index] == 0x22 || bytes[index] == 0x27 {
            guard let end = bytes[(index + 1)...].firstIndex(of: bytes[index]) else { return bytes.count }
            entity = .replacement(Self.characterReferencesExpanded(bytes[(index + 1)..<end]))
            index = end + 1
        } else if matches("SYSTEM", at: index) || matches("PUBLIC", at: index) {
            // The last quoted literal of the external id is the system id.
            let isPublic = matches("PUBLIC", at: index)
            index += 6
            var literals: [String] = []
            while literals.count < (isPublic ? 2 : 1) {
                index = skipSpace(index)
                guard index < bytes.count, bytes[index] == 0x22 || bytes[index] == 0x27,
                    let end = bytes[(index + 1)...].firstIndex(of: bytes[index])
                else { break }
                literals.append(String(decoding: bytes[(index + 1)..<end], as: UTF8.self))
                index = end + 1
            }
            entity = .external(literals.last ?? "")
        }
        let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? (bytes.count - 1)
        if parameter, case .external(let system) = entity {
            throw ExportError(
                file: file, line: line(at: start),
                message:
                    "the document type loads declarations from \"\(system)\" (entity %\(name);), which bitext "
                    + "does not read: copy them into the file's <!DOCTYPE> or remove the reference")
        }
        // The first declaration of a name binds it (XML 1.0, 4.2); the predefined five stay libxml2's.
        if !parameter, let entity, entities[name] == nil, !["lt", "gt", "amp", "apos", "quot"].contains(name) {
            entities[name] = entity
        }
        return close + 1
    }

    /// Copies `bytes[start...]` to `out` with references to declared general entities replaced.
    mutating func expandReferences(from start: Int, into out: inout [UInt8]) throws(ExportError) {
        var index = start
        var run = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                // Comments, CDATA and processing instructions hold no references.
                let close: String? =
                    matches("<!--", at: index)
                    ? "-->" : matches("<![CDATA[", at: index) ? "]]>" : matches("<?", at: index) ? "?>" : nil
                if let close, let end = find(Array(close.utf8), from: index + 2) {
                    index = end + close.utf8.count
                    continue
                }
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "&"), let semicolon = referenceEnd(after: index) else {
                index += 1
                continue
            }
            let name = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
            guard entities[name] != nil else {
                index = semicolon + 1
                continue
            }
            out += bytes[run..<index]
            out += try expansion(of: name, line: line(at: index), within: [])
            if out.count > limit { throw bomb(line: line(at: index)) }
            index = semicolon + 1
            run = index
        }
        out += bytes[run..<bytes.count]
    }

    /// The replacement text of entity `name`, the entities it refers to expanded.
    private mutating func expansion(of name: String, line: Int, within: [String]) throws(ExportError) -> [UInt8] {
        if let known = expanded[name] { return known }
        switch entities[name] {
        case .external(let system):
            throw ExportError(
                file: file, line: line,
                message:
                    "&\(name); is an external entity (\"\(system)\"), which bitext does not read: "
                    + "replace the reference by its text")
        case .replacement(let value):
            guard !within.contains(name) else {
                throw ExportError(file: file, line: line, message: "entity &\(name); refers to itself")
            }
            var out: [UInt8] = []
            var index = 0
            var run = 0
            while index < value.count {
                guard value[index] == UInt8(ascii: "&"), let semicolon = Self.referenceEnd(in: value, after: index)
                else {
                    index += 1
                    continue
                }
                let inner = String(decoding: value[(index + 1)..<semicolon], as: UTF8.self)
                if entities[inner] != nil {
                    out += value[run..<index]
                    out += try expansion(of: inner, line: line, within: within + [name])
                    if out.count > limit { throw bomb(line: line) }
                    run = semicolon + 1
                }
                index = semicolon + 1
            }
            out += value[run..<value.count]
            expanded[name] = out
            return out
        case nil:
            return Array("&\(name);".utf8)
        }
    }

    private func bomb(line: Int) -> ExportError {
        ExportError(
            file: file, line: line, message: "entities expand to more than \(limit >> 20) MB: nested definitions?")
    }

    /// The index of the `;` ending a general entity reference (not a character reference) at `start`.
    private func referenceEnd(after start: Int) -> Int? {
        Self.referenceEnd(in: bytes, after: start)
    }

    private static func referenceEnd(in bytes: [UInt8], after start: Int) -> Int? {
        var index = start + 1
        guard index < bytes.count, bytes[index] != UInt8(ascii: "#") else { return nil }
        while index < bytes.count, index - start <= 256 {
            let byte = bytes[index]
            if byte == UInt8(ascii: ";") { return index > start + 1 ? index : nil }
            if isSpace(byte) || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") { return nil }
            index += 1
        }
        return nil
    }

    /// An entity value with its character references (`&#38;`, `&#x4E2D;`) replaced, as XML 1.0 does at
    /// declaration; other references are left for expansion on use.
    private static func characterReferencesExpanded(_ value: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        var index = value.startIndex
        while index < value.endIndex {
            if value[index] == UInt8(ascii: "&"), index + 1 < value.endIndex, value[index + 1] == UInt8(ascii: "#"),
                let semicolon = value[index...].firstIndex(of: UInt8(ascii: ";"))
            {
                var digits = String(decoding: value[(index + 2)..<semicolon], as: UTF8.self)
                var radix = 10
                if digits.hasPrefix("x") {
                    digits.removeFirst()
                    radix = 16
                }
                if let code = UInt32(digits, radix: radix), let scalar = Unicode.Scalar(code) {
                    out += Array(String(Character(scalar)).utf8)
                    index = semicolon + 1
                    continue
                }
            }
            out.append(value[index])
            index += 1
        }
        return out
    }

    private func matches(_ text: String, at index: Int) -> Bool {
        let pattern = Array(text.utf8)
        return index + pattern.count <= bytes.count && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
    }

    /// The index where `pattern` next starts, from `start` on.
    func find(_ pattern: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first else { return start }
        var index = start
        while let candidate = bytes[index...].firstIndex(of: first) {
            guard candidate + pattern.count <= bytes.count else { return nil }
            if bytes[candidate..<(candidate + pattern.count)].elementsEqual(pattern) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    private func skipSpace(_ start: Int) -> Int {
        var index = start
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        return index
    }

    private func isSpace(_ byte: UInt8) -> Bool { Self.isSpace(byte) }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The 1-based line of `index`.
    private func line(at index: Int) -> Int {
        bytes[..<min(index, bytes.count)].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}
