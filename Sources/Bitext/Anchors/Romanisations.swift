import Foundation

/// The Wade-Giles and Hong Kong Cantonese spellings of Han characters, beside the pinyin ICU gives:
/// Taiwan writes 俞國華 Yu Kuo-hwa and 高雄 Kaohsiung, Hong Kong 李柱銘 LEE Chu-ming and 周 CHOW.
///
/// From `Resources/romanisation.tsv` (`Scripts/romanisation/make_romanisation.py`: Wade-Giles by rule from
/// pinyin, Cantonese from the PyPI package cantonese-romanisation); letters lowercase ASCII, apostrophes
/// and umlauts dropped (ch'iu → chiu) as they are dropped from English names.
struct Romanisations: Sendable {
    /// Spellings, each a list of letters (Unicode scalar values): what the tables index.
    private var spellings: [[[UInt32]]] = []
    /// Wade-Giles spellings by the FNV-1a hash of a pinyin syllable's letters.
    private var wadeGiles = HashTable<Int32>(capacity: 512)
    /// Cantonese spellings by code point.
    private var cantonese = HashTable<Int32>(capacity: 16_384)

    /// The package's table, loaded once per process on first use; empty if the resource cannot be read.
    static let shipped: Romanisations = {
        guard let url = Bundle.module.url(forResource: "romanisation", withExtension: "tsv"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return Romanisations() }
        return Romanisations(text: text)
    }()

    init() {}

    /// Reads lines `wg<TAB>PINYIN<TAB>spelling…` and `yue<TAB>HAN<TAB>spelling…`; other lines are skipped.
    init(text: String) {
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            let letters = fields[2].split(separator: " ").map { $0.unicodeScalars.map(\.value) }
            guard !letters.isEmpty else { continue }
            switch fields[0] {
            case "wg":
                wadeGiles[Self.hash(fields[1].unicodeScalars.map(\.value))] = Int32(spellings.count)
            case "yue":
                guard let value = fields[1].unicodeScalars.first?.value, fields[1].unicodeScalars.count == 1
                else { continue }
                cantonese[UInt64(value)] = Int32(spellings.count)
            default: continue
            }
            spellings.append(letters)
        }
    }

    var isEmpty: Bool { spellings.isEmpty }

    /// Calls `body` with each Wade-Giles spelling of the pinyin whose letters hash to `pinyinHash` (the
    /// pinyin itself where Wade-Giles writes it so), then each Cantonese spelling of `value`.
    @inline(__always)
    func forEachSpelling(of value: UInt32, pinyinHash: UInt64, _ body: ([UInt32]) -> Void) {
        if let index = wadeGiles[pinyinHash] { for spelling in spellings[Int(index)] { body(spelling) } }
        if let index = cantonese[UInt64(value)] { for spelling in spellings[Int(index)] { body(spelling) } }
    }

    /// The FNV-1a hash of letters, as names are hashed (`Gazetteer.step`).
    static func hash(_ letters: some Sequence<UInt32>) -> UInt64 {
        letters.reduce(FNV1a.offsetBasis) { Gazetteer.step($0, $1) }
    }

    /// What marks the hash of a name's beginning (a proper prefix) among the names: matching a Han run
    /// syllable by syllable, a run is carried on only while it begins some name.
    static let prefixMark: UInt64 = 0x5DEE_CE66_D1CE_4E5B
}

/// The runs of up to three syllables ending at the current character, spelt in Wade-Giles or Cantonese,
/// that begin or make an English name of the document: the other romanisations' counterpart of the
/// pinyin window, where a character has several spellings.
struct RomanisedRuns {
    /// Hashes of the runs carried on, with their syllable counts.
    private var runs: [(hash: UInt64, count: Int)] = []
    private var next: [(hash: UInt64, count: Int)] = []

    mutating func reset() { runs.removeAll(keepingCapacity: true) }

    /// Adds the character `value` (pinyin letters hashing to `pinyinHash`): appends the name keys of the
    /// runs it ends that `names` holds, keeps those that begin a name.
    mutating func step(
        _ value: UInt32, pinyinHash: UInt64, romanisations: Romanisations, names: HashTable<Void>,
        into keys: inout [AnchorKey]
    ) {
        next.removeAll(keepingCapacity: true)
        romanisations.forEachSpelling(of: value, pinyinHash: pinyinHash) { spelling in
            extend(FNV1a.offsetBasis, count: 0, with: spelling, names: names, into: &keys)
            for run in runs { extend(run.hash, count: run.count, with: spelling, names: names, into: &keys) }
        }
        swap(&runs, &next)
    }

    /// The run `hash` of `count` syllables followed by `spelling`: a name key when a name, carried on
    /// when it begins one.
    @inline(__always)
    private mutating func extend(
        _ hash: UInt64, count: Int, with spelling: [UInt32], names: HashTable<Void>, into keys: inout [AnchorKey]
    ) {
        var hash = hash
        for letter in spelling { hash = Gazetteer.step(hash, letter) }
        if names.contains(hash) {
            let key = AnchorKey(.name, hash: hash)
            if !keys.suffix(4).contains(key) { keys.append(key) }
        }
        if count + 1 < 3, names.contains(hash ^ Romanisations.prefixMark) { next.append((hash, count + 1)) }
    }
}
