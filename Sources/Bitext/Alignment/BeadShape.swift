/// A bead shape: how many Chinese and how many English sentences a bead holds.
package struct BeadShape: Sendable, Hashable {
    package var chinese: Int
    package var english: Int

    package init(_ chinese: Int, _ english: Int) {
        self.chinese = chinese
        self.english = english
    }

    /// Whether the bead has sentences on one side only.
    package var isOneSided: Bool { chinese == 0 || english == 0 }

    /// The shapes a search tries, with at most `maxSide` sentences a side (clamped to 1...4): 1-0, 0-1,
    /// 1-1, then 1-k and k-1 for k from 2 to `maxSide`, then 2-2 when `maxSide` is at least 2. The shapes
    /// `AlignmentParameters.shapeProbabilities` gives a prior; others would cost infinity.
    ///
    /// The order is part of the table: on a tie the search keeps the shape tried first.
    package static func table(maxSide: Int) -> [BeadShape] {
        let side = min(max(maxSide, 1), 4)
        var shapes = [BeadShape(1, 0), BeadShape(0, 1), BeadShape(1, 1)]
        if side >= 2 {
            for k in 2...side { shapes += [BeadShape(1, k), BeadShape(k, 1)] }
            shapes.append(BeadShape(2, 2))
        }
        return shapes
    }
}
